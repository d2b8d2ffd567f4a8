package vn.sotruong.core.gradebook;

import java.math.BigDecimal;

/**
 * A cell's value: exactly one of a score (one decimal), a mark (Đ, CĐ, T, H, C, a conduct level's code, an
 * exemption code) or a remark (free text); all null = not entered.
 */
public record EntryValue(BigDecimal score, String mark, String remark) {
    public static final EntryValue EMPTY = new EntryValue(null, null, null);

    public EntryValue {
        int set = (score != null ? 1 : 0) + (mark != null ? 1 : 0) + (remark != null ? 1 : 0);
        if (set > 1) {
            throw new IllegalArgumentException("an entry holds one value");
        }
        score = score == null ? null : score.setScale(1);
    }

    public static EntryValue score(BigDecimal s) {
        return new EntryValue(s, null, null);
    }

    public static EntryValue mark(String m) {
        return new EntryValue(null, m, null);
    }

    public static EntryValue remark(String r) {
        return new EntryValue(null, null, r);
    }

    public boolean isEmpty() {
        return score == null && mark == null && remark == null;
    }

    /** Canonical text as stored in the history and audit: "7.5", "CĐ", the remark; null when empty. */
    public String text() {
        return score != null ? score.toPlainString() : mark != null ? mark : remark;
    }
}
