package vn.sotruong.core.signature;

import java.time.Instant;

/** What a signature states besides the key: the signer's name, why, where and when (the PDF's /Name, /Reason …). */
public record SignatureLabel(String signerName, String reason, String location, Instant at) {
}
