package vn.sotruong.core.signature;

import java.time.Instant;

/**
 * One signature of a PDF, checked.
 *
 * @param intact the signed bytes hash to what was signed and the signature verifies with its certificate
 * @param trusted the certificate is the school's authority or issued by it
 * @param coversWholeFile nothing was added to the file after this signature
 */
public record PdfSignatureCheck(String signerName, String certificateSubject, String serial, Instant signedAt,
                                String reason, boolean intact, boolean trusted, boolean coversWholeFile) {
}
