package vn.sotruong.core.gradebook;

import java.util.Collection;
import java.util.Map;

/** The year's absences of pupils, from attendance; a pupil without absences may be left out of the map. */
@FunctionalInterface
public interface AbsenceSource {
    Map<Long, PupilAbsences> yearAbsences(long yearId, Collection<Long> pupilIds);
}
