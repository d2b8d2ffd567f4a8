package vn.sotruong.core.organisation;

/** Phân công giảng dạy: a teacher teaches a subject to a class in a year. */
public record TeachingAssignment(long id, long yearId, long classId, long subjectId, long staffId) {
}
