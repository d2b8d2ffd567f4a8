package vn.sotruong.testkit.demo;

import java.time.LocalDate;

/**
 * A generated pupil, with the columns of the HOCSINH import sheet (INTERFACES.md). The generator
 * stores each one as a pupil record enrolled in its class ({@code DemoPupilWriter}); tests and the
 * import benchmark also write them as an import file.
 *
 * @param code Mã học sinh, unique in the school
 * @param guardianName Người giám hộ, only when neither parent is listed
 */
public record DemoPupil(String code, String fullName, Gender gender, LocalDate birthDate, String ethnicity,
                        String birthPlace, String address, boolean policyFamily, String fatherName,
                        String fatherOccupation, String motherName, String motherOccupation, String guardianName,
                        String phone, int grade, String className) {
}
