package vn.sotruong.core.gradebook;

import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;

/** One pupil's results as computed now: Circular 22 ({@code tt22}) or Circular 27 ({@code tt27}), the other null. */
public record PupilResult(RosterRow pupil, AbsenceTally absences, StudentYearResult tt22, PrimaryYearResult tt27) {
}
