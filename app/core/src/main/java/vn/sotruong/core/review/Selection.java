package vn.sotruong.core.review;

/** Whose scores a distribution counts; null parts mean "every": a grade, a class, a subject, a teacher. */
public record Selection(Integer grade, Long classId, String subject, Long teacherStaffId) {
    public static final Selection SCHOOL = new Selection(null, null, null, null);

    public static Selection subject(String code) {
        return new Selection(null, null, code, null);
    }

    public Selection withClass(long id) {
        return new Selection(grade, id, subject, teacherStaffId);
    }

    public Selection withTeacher(long staffId) {
        return new Selection(grade, classId, subject, staffId);
    }
}
