package vn.sotruong.core.signature;

import java.time.Instant;

/**
 * What a signature states besides the key: the signer's name, why, where and when (the PDF's /Name, /Reason …).
 *
 * @param stampUnder the title of the signature block under which a visible stamp (name, time) is drawn, e.g.
 *     "HIỆU TRƯỞNG"; null = an invisible signature
 */
public record SignatureLabel(String signerName, String reason, String location, Instant at, String stampUnder) {
    /** An invisible signature. */
    public SignatureLabel(String signerName, String reason, String location, Instant at) {
        this(signerName, reason, location, at, null);
    }
}
