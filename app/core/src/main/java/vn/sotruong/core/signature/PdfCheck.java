package vn.sotruong.core.signature;

import java.util.List;

/**
 * Kết quả kiểm tra chữ ký: the signatures of a PDF, in the order they were added. The document is unchanged since
 * signing when every signature is intact and the last one covers the whole file (later ones only add signatures).
 */
public record PdfCheck(boolean readable, List<PdfSignatureCheck> signatures) {
    public PdfCheck {
        signatures = List.copyOf(signatures);
    }

    public static PdfCheck unreadable() {
        return new PdfCheck(false, List.of());
    }

    public boolean unchangedSinceSigning() {
        return readable && !signatures.isEmpty() && signatures.stream().allMatch(PdfSignatureCheck::intact)
                && signatures.getLast().coversWholeFile();
    }

    /** Unchanged, and every signer's certificate chains to the school's authority. */
    public boolean valid() {
        return unchangedSinceSigning() && signatures.stream().allMatch(PdfSignatureCheck::trusted);
    }
}
