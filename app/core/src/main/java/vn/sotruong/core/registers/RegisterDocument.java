package vn.sotruong.core.registers;

import java.util.List;

/**
 * A book ready to be laid out: what was asked for and its sections in binding order. Its
 * {@link DataFingerprint} is what the print ledger keeps, so a later check can tell whether the data changed.
 */
public record RegisterDocument(PrintRequest request, String title, List<BookSection> sections) {
    public RegisterDocument {
        sections = List.copyOf(sections);
    }

    public String fingerprint() {
        return DataFingerprint.of(this);
    }

    public List<DataFingerprint.Part> parts() {
        return DataFingerprint.parts(this);
    }
}
