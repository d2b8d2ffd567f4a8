package vn.sotruong.core.correction;

import java.util.List;
import java.util.Optional;

/** The signed versions of the minutes' PDFs, one per signature, each with its hash. */
public interface MinuteSignatureStore {
    long add(MinuteSignature signature, byte[] pdf);

    /** The minute's signatures in the order they were made. */
    List<MinuteSignature> of(long minuteId);

    /** The PDF after the given signature. */
    Optional<byte[]> pdf(long signatureId);
}
