package vn.sotruong.server.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Chữ ký yêu cầu: what makes a call fresh and whole. Every call carries the workstation's time and a random nonce
 * (the office PC refuses a time off by more than {@link #WINDOW_SECONDS} and a nonce it has seen); a call of a
 * signed-in person also carries an HMAC-SHA256, keyed with the session's own key given at sign-in, of the method,
 * the path with its query, the time, the nonce and the body's SHA-256.
 */
public final class Signing {
    /** Header: the workstation's time, milliseconds since 1970 (UTC). */
    public static final String TIME_HEADER = "X-SoTruong-Time";
    /** Header: 16 random bytes, base64url, never sent twice. */
    public static final String NONCE_HEADER = "X-SoTruong-Nonce";
    /** Header: the HMAC, base64url. */
    public static final String SIGNATURE_HEADER = "X-SoTruong-Signature";
    /** How far the two clocks may differ, and how long a nonce is remembered on each side of now. */
    public static final int WINDOW_SECONDS = 120;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Signing() {
    }

    public static String nonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    /** A fresh session key (32 random bytes, base64url), given once in the sign-in answer. */
    public static String newKey() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    /** The signature of a call; {@code key} base64url as {@link #newKey} made it. */
    public static String sign(String key, String method, String pathAndQuery, String time, String nonce, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(key), "HmacSHA256"));
            String head = method + "\n" + pathAndQuery + "\n" + time + "\n" + nonce + "\n";
            mac.update(head.getBytes(StandardCharsets.UTF_8));
            mac.update(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
            return B64.encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is the one of this call (compared in constant time). */
    public static boolean verify(String key, String method, String pathAndQuery, String time, String nonce,
                                 byte[] body, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(key, method, pathAndQuery, time, nonce, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
