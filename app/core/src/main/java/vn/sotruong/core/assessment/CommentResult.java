package vn.sotruong.core.assessment;

import java.util.Optional;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;

/** Result of an assessment by comment (đánh giá bằng nhận xét): Đạt (Đ) or Chưa đạt (CĐ). */
public enum CommentResult {
    DAT("Đ", "comment.dat"),
    CHUA_DAT("CĐ", "comment.chuaDat");

    public static final String INVALID = "comment.invalid";

    private final String symbol;
    private final String labelKey;

    CommentResult(String symbol, String labelKey) {
        this.symbol = symbol;
        this.labelKey = labelKey;
    }

    public String symbol() {
        return symbol;
    }

    public String labelKey() {
        return labelKey;
    }

    /** Accepts "Đ", "CĐ", "Đạt", "Chưa đạt" (any case, NFC or NFD); otherwise {@code comment.invalid}. */
    public static CommentResult parse(String text) {
        return tryParse(text).orElseThrow(() -> new DomainException(INVALID, text == null ? "" : text.strip()));
    }

    public static Optional<CommentResult> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = VietnameseText.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "đ", "đạt" -> Optional.of(DAT);
            case "cđ", "chưa đạt" -> Optional.of(CHUA_DAT);
            default -> Optional.empty();
        };
    }
}
