package vn.sotruong.testkit.demo;

import vn.sotruong.core.school.SchoolLevel;

/**
 * The documented sign-ins of the demo school (docs/demo-accounts.md). Every generated account has
 * the same password and none must change it, so a trainer can hand out the list.
 */
public final class DemoAccounts {
    public static final String PASSWORD = "demo1234";
    /** Quản trị hệ thống. */
    public static final String ADMIN = "admin";
    /** Hiệu trưởng. */
    public static final String PRINCIPAL = "hieutruong";
    /** Phó hiệu trưởng (the first of them). */
    public static final String VICE_PRINCIPAL = "phohieutruong";
    /** Văn phòng (văn thư). */
    public static final String OFFICE = "vanphong";
    /** THCS: teaches Toán in some classes, no homeroom class, role gvbm only. */
    public static final String SUBJECT_TEACHER = "gv.toan1";
    /** THCS: homeroom teacher of 6A, who also teaches a subject. */
    public static final String HOMEROOM_TEACHER = "gvcn.6a";
    /** Tiểu học: the first Tiếng Anh (Ngoại ngữ 1) specialist, no homeroom class. */
    public static final String SUBJECT_TEACHER_TIEU_HOC = "gv.anh1";
    /** Tiểu học: homeroom teacher of 1A, who teaches most of its subjects. */
    public static final String HOMEROOM_TEACHER_TIEU_HOC = "gvcn.1a";
    public static final String HEALTH = "yte";
    public static final String LIBRARY = "thuvien";
    public static final String EQUIPMENT = "thietbi";
    public static final String ACCOUNTANT = "ketoan";

    private DemoAccounts() {
    }

    public static String subjectTeacher(SchoolLevel level) {
        return level == SchoolLevel.TIEU_HOC ? SUBJECT_TEACHER_TIEU_HOC : SUBJECT_TEACHER;
    }

    public static String homeroomTeacher(SchoolLevel level) {
        return level == SchoolLevel.TIEU_HOC ? HOMEROOM_TEACHER_TIEU_HOC : HOMEROOM_TEACHER;
    }

    /** The login pattern of the other teachers: a homeroom teacher of class 7B is "gvcn.7b". */
    public static String homeroomLogin(String className) {
        return "gvcn." + className.toLowerCase(java.util.Locale.ROOT);
    }
}
