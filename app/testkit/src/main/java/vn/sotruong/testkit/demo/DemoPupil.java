package vn.sotruong.testkit.demo;

import java.time.LocalDate;

/**
 * A generated pupil, with the columns of the HOCSINH import sheet (INTERFACES.md). There is no pupil
 * table yet: the demo school keeps its pupils in memory so that the Pupils work can persist them
 * (or write them as an import file) without changing the generator.
 *
 * @param code Mã học sinh, unique in the school
 * @param guardianName Người giám hộ, only when neither parent is listed
 */
public record DemoPupil(String code, String fullName, Gender gender, LocalDate birthDate, String ethnicity,
                        String birthPlace, String address, boolean policyFamily, String fatherName,
                        String fatherOccupation, String motherName, String motherOccupation, String guardianName,
                        String phone, int grade, String className) {
}
