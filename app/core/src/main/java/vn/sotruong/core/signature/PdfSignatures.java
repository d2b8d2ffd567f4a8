package vn.sotruong.core.signature;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Ký số tệp PDF: PAdES signatures (ETSI.CAdES.detached, SHA-256) added as incremental updates, so a PDF may carry
 * several in turn, and their verification. The reports module implements it with PDFBox and Bouncy Castle.
 */
public interface PdfSignatures {
    /** The PDF with one more signature; refused with {@code pdf.unreadable} if it is not a PDF. */
    byte[] sign(byte[] pdf, SigningCredential credential, SignatureLabel label);

    /** Every signature of the PDF checked: intact, issued under {@code authority}, and what it covers. */
    default PdfCheck verify(byte[] pdf, Optional<X509Certificate> authority) {
        return verify(pdf, new TrustList(authority, List.of()));
    }

    /**
     * Every signature of the PDF checked: intact, its certificate's path to a root of {@code trust} at the signing
     * time (the chain and the list it ends in), and what it covers.
     */
    PdfCheck verify(byte[] pdf, TrustList trust);
}
