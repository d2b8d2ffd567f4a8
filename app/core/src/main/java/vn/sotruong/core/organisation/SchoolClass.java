package vn.sotruong.core.organisation;

/** A class (lớp) of a school year, e.g. grade 7, "7A", with its homeroom teacher (GVCN). */
public record SchoolClass(long id, long yearId, int grade, String name, Long homeroomStaffId) {
}
