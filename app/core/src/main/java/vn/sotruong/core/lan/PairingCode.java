package vn.sotruong.core.lan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mã ghép máy: the six digits shown on the office PC and on the workstation. Both compute them from the
 * office PC's certificate (as each side sees it) and the workstation's secret, so a machine in the middle
 * that swapped the certificate makes the two screens differ.
 */
public final class PairingCode {
    private static final byte[] CONTEXT = "sotruong-pairing-v1".getBytes(StandardCharsets.US_ASCII);

    private PairingCode() {
    }

    /** The code of {@code officeCertificate} (DER) and the workstation secret's hash ({@link #secretHash}). */
    public static String of(byte[] officeCertificate, String secretHash) {
        MessageDigest d = sha256();
        d.update(CONTEXT);
        d.update(officeCertificate);
        d.update(secretHash.getBytes(StandardCharsets.US_ASCII));
        byte[] h = d.digest();
        long n = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
        return String.format("%06d", n % 1_000_000L);
    }

    /** Hex SHA-256 of a workstation's secret: what the store keeps and what the code is made of. */
    public static String secretHash(String secret) {
        return HexFormat.of().formatHex(sha256().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Hex SHA-256 of a certificate (DER), grouped in fours for reading aloud: the fingerprint {@code serve} prints. */
    public static String fingerprint(byte[] certificate) {
        String hex = HexFormat.of().withUpperCase().formatHex(sha256().digest(certificate));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(hex, i, i + 4);
        }
        return b.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
