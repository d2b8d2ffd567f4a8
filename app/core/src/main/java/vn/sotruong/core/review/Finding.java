package vn.sotruong.core.review;

import java.util.List;

/**
 * One anomaly for the vice-principal (bất thường): what kind, where (a class, a subject, a teacher's login), and
 * why as a message code with its numbers; {@code classId}/{@code subject} (and the teacher's staff id for a teacher
 * far from the school) link to the cells when there are any ({@link ReviewService#cells}).
 */
public record Finding(Kind kind, String scope, String code, List<Object> args, Long classId, String subject,
                      Long teacherStaffId) {
    public enum Kind {
        /** A class's results in a subject far from the other classes of its grade. */
        CLASS_FAR_FROM_SCHOOL,
        /** A teacher's pupils far above or below the school in their subject. */
        TEACHER_FAR_FROM_SCHOOL,
        /** A teacher who changed already entered values many times. */
        MANY_EDITS,
        /** A class whose entries were often made after their deadlines. */
        LATE_ENTRIES,
        /** Entries still missing after their deadline or close to it. */
        MISSING_NEAR_DEADLINE,
        /** Many pupils joined or left a class in the last month. */
        CLASS_SIZE_CHANGE;

        public String labelKey() {
            return "review.kind." + name();
        }
    }

    public Finding {
        args = List.copyOf(args);
    }

    /** A finding not about one teacher. */
    public Finding(Kind kind, String scope, String code, List<Object> args, Long classId, String subject) {
        this(kind, scope, code, args, classId, subject, null);
    }
}
