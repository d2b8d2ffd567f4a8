package vn.sotruong.core.school;

/**
 * The school profile (hồ sơ nhà trường).
 *
 * @param moetCode the school's code in the Ministry's database
 * @param demo true for the generated demo school ("Dữ liệu mẫu")
 */
public record School(String name, String moetCode, String province, String district, SchoolLevel level,
                     String principalName, boolean demo) {
}
