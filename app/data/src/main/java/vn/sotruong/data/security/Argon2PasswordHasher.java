package vn.sotruong.data.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import vn.sotruong.core.security.PasswordHasher;

/**
 * Argon2id (Bouncy Castle) in the PHC string format {@code $argon2id$v=19$m=…,t=…,p=…$salt$hash},
 * so each hash carries the parameters it was made with and old hashes still verify after a change.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Argon2Settings settings;
    private final SecureRandom random = new SecureRandom();

    public Argon2PasswordHasher(Argon2Settings settings) {
        this.settings = settings;
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, settings.memoryKiB(), settings.iterations(), settings.parallelism(),
                HASH_BYTES);
        return "$argon2id$v=19$m=" + settings.memoryKiB() + ",t=" + settings.iterations() + ",p="
                + settings.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        Parsed p = Parsed.of(encoded);
        if (p == null) {
            return false;
        }
        byte[] actual = derive(password, p.salt, p.memoryKiB, p.iterations, p.parallelism, p.hash.length);
        return MessageDigest.isEqual(actual, p.hash);
    }

    @Override
    public boolean needsRehash(String encoded) {
        Parsed p = Parsed.of(encoded);
        return p == null || p.memoryKiB != settings.memoryKiB() || p.iterations != settings.iterations()
                || p.parallelism != settings.parallelism();
    }

    private static byte[] derive(char[] password, byte[] salt, int memoryKiB, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salt).withMemoryAsKB(memoryKiB)
                .withIterations(iterations).withParallelism(parallelism).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
        gen.generateBytes(pw, out);
        java.util.Arrays.fill(pw, (byte) 0);
        return out;
    }

    private record Parsed(int memoryKiB, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Parsed of(String encoded) {
            if (encoded == null || !encoded.startsWith("$argon2id$")) {
                return null;
            }
            String[] parts = encoded.split("\\$");
            // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
            if (parts.length != 6) {
                return null;
            }
            try {
                int m = 0;
                int t = 0;
                int p = 0;
                for (String kv : parts[3].split(",")) {
                    String[] x = kv.split("=");
                    switch (x[0]) {
                        case "m" -> m = Integer.parseInt(x[1]);
                        case "t" -> t = Integer.parseInt(x[1]);
                        case "p" -> p = Integer.parseInt(x[1]);
                        default -> {
                            return null;
                        }
                    }
                }
                return new Parsed(m, t, p, B64D.decode(parts[4]), B64D.decode(parts[5]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
