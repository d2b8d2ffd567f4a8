package vn.sotruong.core.pupil;

import java.time.LocalDate;

/**
 * A line of the sổ đăng bộ: the pupil, the registration number given on admission, the day and,
 * for a transfer in, the school they came from (null for a new intake).
 */
public record Admission(Pupil pupil, int registerNo, LocalDate admittedOn, String fromSchool) {
}
