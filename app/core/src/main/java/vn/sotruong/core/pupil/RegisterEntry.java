package vn.sotruong.core.pupil;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the sổ đăng bộ: number, who, when and from where admitted, the class each year, the
 * movements, and when they left (null while at the school).
 */
public record RegisterEntry(int registerNo, long pupilId, String code, String fullName, LocalDate birthDate,
                            Gender gender, String birthPlace, LocalDate admittedOn, String fromSchool,
                            List<ClassYear> classes, List<Movement> movements, LocalDate leftOn) {
    public RegisterEntry {
        classes = List.copyOf(classes);
        movements = List.copyOf(movements);
    }
}
