package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Số buổi nghỉ for many pupils at once, for the results (Circular 22 Art 12, the KETQUA sheet's
 * {@code Nghỉ có phép}/{@code Nghỉ không phép}): each a single grouped query, counted by
 * {@link AbsenceCounting}. Every pupil asked about is in the answer, with {@link AbsenceTally#NONE}
 * when they have no marks. Reads only: the caller checks who may see the class.
 */
public interface AbsenceCounts {
    /** The whole school year's tallies (all the pupil's classes that year). */
    Map<Long, AbsenceTally> yearTallies(long yearId, Collection<Long> pupilIds);

    /** The tallies of the days {@code from} (inclusive) to {@code toExclusive} of the year: a term, a month. */
    Map<Long, AbsenceTally> tallies(long yearId, LocalDate from, LocalDate toExclusive, Collection<Long> pupilIds);
}
