package vn.sotruong.core.pupil;

import java.time.LocalDate;

/**
 * One dated event of a pupil's history (biến động), with its reason.
 *
 * @param otherSchool the school they came from (transfer in) or went to (transfer out)
 * @param fromClassId the class left, null when none
 * @param toClassId the class joined, null when none
 * @param recordedBy login of who recorded it
 */
public record Movement(long id, long pupilId, MovementKind kind, LocalDate on, String reason, String otherSchool,
                       Long fromClassId, Long toClassId, String recordedBy) {
}
