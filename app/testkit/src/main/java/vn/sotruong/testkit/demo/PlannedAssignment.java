package vn.sotruong.testkit.demo;

/** Phân công: the teacher (by login) of a subject (by code) in a class (by name). */
record PlannedAssignment(String className, String subjectCode, String teacherLogin) {
}
