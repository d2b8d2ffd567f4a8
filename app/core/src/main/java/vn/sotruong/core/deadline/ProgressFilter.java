package vn.sotruong.core.deadline;

import java.util.Set;

/**
 * Which lines of the entry progress to show (lọc tiến độ): a class, a teacher, a subject code, some statuses;
 * null or empty parts mean "every".
 */
public record ProgressFilter(Long classId, Long teacherStaffId, String subject, Set<ProgressStatus> statuses) {
    public static final ProgressFilter ALL = new ProgressFilter(null, null, null, Set.of());

    public ProgressFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        subject = subject == null || subject.isBlank() ? null : subject.strip();
    }

    public boolean test(ProgressLine l) {
        return (classId == null || classId == l.classId())
                && (teacherStaffId == null || teacherStaffId.equals(l.teacherStaffId()))
                && (subject == null || subject.equalsIgnoreCase(l.sheet().item()))
                && (statuses.isEmpty() || statuses.contains(l.status()));
    }
}
