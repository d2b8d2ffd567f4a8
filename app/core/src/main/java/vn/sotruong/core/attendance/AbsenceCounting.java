package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Đếm số buổi nghỉ as Circular 22 Art 12 cl.1 counts them (RULES.md §1.7): "nghỉ không quá 45 buổi
 * trong năm học", counted on the plan of <b>one buổi a day</b>, có phép and không phép both counted,
 * whether in a row or not. So a day is one buổi at most, whatever sessions the school keeps:
 * <ul>
 * <li>a day with P or K in any session counts one buổi absent — không phép if any of its absent
 * sessions was K, else có phép;</li>
 * <li>a day with no absence but an M counts one muộn, which Art 12 does not count;</li>
 * <li>a day with no mark is a day present.</li>
 * </ul>
 * Monthly, term and year totals all use this rule, so the months of a year add up to the year.
 */
public final class AbsenceCounting {
    /** What one day adds to a tally. */
    public enum DayCount {
        PRESENT,
        EXCUSED,
        UNEXCUSED,
        LATE
    }

    private AbsenceCounting() {
    }

    /** The day's count from which codes its sessions carry. */
    public static DayCount day(boolean anyExcused, boolean anyUnexcused, boolean anyLate) {
        if (anyUnexcused) {
            return DayCount.UNEXCUSED;
        }
        if (anyExcused) {
            return DayCount.EXCUSED;
        }
        return anyLate ? DayCount.LATE : DayCount.PRESENT;
    }

    public static DayCount day(Collection<AttendanceCode> codesOfTheDay) {
        return day(codesOfTheDay.contains(AttendanceCode.EXCUSED), codesOfTheDay.contains(AttendanceCode.UNEXCUSED),
                codesOfTheDay.contains(AttendanceCode.LATE));
    }

    /** Adds one day's count to a tally. */
    public static AbsenceTally add(AbsenceTally tally, DayCount day) {
        return switch (day) {
            case PRESENT -> tally;
            case EXCUSED -> new AbsenceTally(tally.excused() + 1, tally.unexcused(), tally.late());
            case UNEXCUSED -> new AbsenceTally(tally.excused(), tally.unexcused() + 1, tally.late());
            case LATE -> new AbsenceTally(tally.excused(), tally.unexcused(), tally.late() + 1);
        };
    }

    /** One pupil's tally from their marks (any days, any sessions). */
    public static AbsenceTally tally(Collection<AttendanceMark> marksOfOnePupil) {
        Map<LocalDate, Set<AttendanceCode>> days = new TreeMap<>();
        for (AttendanceMark m : marksOfOnePupil) {
            days.computeIfAbsent(m.date(), d -> EnumSet.noneOf(AttendanceCode.class)).add(m.code());
        }
        AbsenceTally t = AbsenceTally.NONE;
        for (Set<AttendanceCode> codes : days.values()) {
            t = add(t, day(codes));
        }
        return t;
    }

    /** Every pupil's tally from a mixed list of marks; pupils without marks are absent from the map. */
    public static Map<Long, AbsenceTally> byPupil(Collection<AttendanceMark> marks) {
        Map<Long, java.util.List<AttendanceMark>> grouped = new HashMap<>();
        marks.forEach(m -> grouped.computeIfAbsent(m.pupilId(), k -> new java.util.ArrayList<>()).add(m));
        Map<Long, AbsenceTally> out = new HashMap<>();
        grouped.forEach((pupil, list) -> out.put(pupil, tally(list)));
        return out;
    }
}
