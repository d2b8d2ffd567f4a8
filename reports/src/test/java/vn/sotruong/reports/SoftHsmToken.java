package vn.sotruong.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.sotruong.core.signature.SigningCredential;

/**
 * A real PKCS#11 token for the tests: SoftHSM2 with its tokens in {@code target/softhsm} (SOFTHSM2_CONF, set by
 * the reports module's surefire configuration), made once per test JVM with {@code softhsm2-util --init-token},
 * and a key with its certificate chain put on it through the JDK's SunPKCS11 key store. Skipped only outside CI
 * when SoftHSM2 is not installed; in CI (CI=true) its absence fails the test.
 */
final class SoftHsmToken {
    static final String PIN = "246813";
    private static final String SO_PIN = "97531864";
    private static final List<Path> LIBRARIES = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"), Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));
    private static Path library;

    private SoftHsmToken() {
    }

    /** The driver library, with an initialised empty token; skips or fails the test as above when it cannot. */
    static synchronized Path library() throws Exception {
        if (library != null) {
            return library;
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        Path lib = LIBRARIES.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        String conf = System.getenv("SOFTHSM2_CONF");
        if (!ci) {
            assumeTrue(lib != null, "SoftHSM2 is not installed (apt-get install softhsm2)");
            assumeTrue(conf != null, "SOFTHSM2_CONF is not set (run through Maven)");
        }
        assertThat(lib).as("SoftHSM2's library must be installed in CI (.ci/run installs softhsm2)").isNotNull();
        assertThat(conf).as("SOFTHSM2_CONF from the surefire configuration").isNotNull();
        Path confFile = Path.of(conf);
        Path tokens = confFile.resolveSibling("tokens");
        if (Files.exists(tokens)) {
            try (var walk = Files.walk(tokens)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\nobjectstore.backend = file\n"
                + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("softhsm2-util", "--init-token", "--free", "--label", "sotruong-test",
                "--pin", PIN, "--so-pin", SO_PIN).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", confFile.toAbsolutePath().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        library = lib;
        return lib;
    }

    /** Empties the token and puts {@code c}'s key and chain on it. */
    static void put(SigningCredential c) throws Exception {
        KeyStore ks = keyStore();
        for (String alias : Collections.list(ks.aliases())) {
            ks.deleteEntry(alias);
        }
        ks.setKeyEntry("signer", c.key(), null, c.chain().toArray(new Certificate[0]));
        // as a person would pull the token out: the next opening must type the PIN again
        ((java.security.AuthProvider) ks.getProvider()).logout();
    }

    private static KeyStore keyStore() throws Exception {
        Provider p = Security.getProvider("SunPKCS11").configure("--name=sotruong-test-admin\nlibrary="
                + library() + "\nslotListIndex=0\n");
        KeyStore ks = KeyStore.getInstance("PKCS11", p);
        ks.load(null, PIN.toCharArray());
        return ks;
    }
}
