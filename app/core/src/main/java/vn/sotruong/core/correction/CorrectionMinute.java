package vn.sotruong.core.correction;

import java.time.Instant;
import java.util.List;

/**
 * Biên bản sửa chữa điểm: a numbered minute of one class, its reason, the cells to correct and the workflow's
 * steps (who and when).
 */
public record CorrectionMinute(long id, long yearId, int number, long classId, MinuteStatus status, String reason,
                               String draftedBy, Instant draftedAt, Instant submittedAt, String decidedBy,
                               Instant decidedAt, String decisionNote, String appliedBy, Instant appliedAt,
                               List<CorrectionItem> items, List<Evidence> evidence) {
    public CorrectionMinute {
        items = List.copyOf(items);
        evidence = List.copyOf(evidence);
    }

    /** The same minute moved to another status (signing and archiving keep every other field). */
    public CorrectionMinute withStatus(MinuteStatus to) {
        return new CorrectionMinute(id, yearId, number, classId, to, reason, draftedBy, draftedAt, submittedAt,
                decidedBy, decidedAt, decisionNote, appliedBy, appliedAt, items, evidence);
    }
}
