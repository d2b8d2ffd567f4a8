package vn.sotruong.core.signature;

import java.time.Instant;
import java.util.List;

/**
 * One signature of a PDF, checked.
 *
 * @param intact the signed bytes hash to what was signed and the signature verifies with its certificate
 * @param trusted the certificate chains to the school's authority or an imported root, valid at the signing time
 * @param coversWholeFile nothing was added to the file after this signature
 * @param chain the common names from the signer's certificate to the trusted root (empty when not trusted)
 * @param trustedBy the list the chain ends in; null when not trusted
 */
public record PdfSignatureCheck(String signerName, String certificateSubject, String serial, Instant signedAt,
                                String reason, boolean intact, boolean trusted, boolean coversWholeFile,
                                List<String> chain, TrustList.Source trustedBy) {
    public PdfSignatureCheck {
        chain = List.copyOf(chain);
    }

    /** A check without its chain (an untrusted or unreadable signature). */
    public PdfSignatureCheck(String signerName, String certificateSubject, String serial, Instant signedAt,
                             String reason, boolean intact, boolean trusted, boolean coversWholeFile) {
        this(signerName, certificateSubject, serial, signedAt, reason, intact, trusted, coversWholeFile, List.of(),
                null);
    }
}
