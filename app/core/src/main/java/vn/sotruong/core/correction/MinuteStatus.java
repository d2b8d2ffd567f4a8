package vn.sotruong.core.correction;

/**
 * Where a correction minute stands: the teacher drafts and submits it, the principal approves or rejects it,
 * the approved values are applied; signing and archiving follow (signatures land with the signatures work).
 */
public enum MinuteStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    APPLIED,
    SIGNED,
    ARCHIVED;

    public String labelKey() {
        return "correction.status." + name();
    }
}
