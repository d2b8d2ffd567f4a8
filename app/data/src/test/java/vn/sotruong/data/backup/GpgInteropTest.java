package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.data.support.SchoolStoreFixture;

/** The README's promise: the standard tool opens our backups, and we accept what the standard tool writes. */
class GpgInteropTest extends SchoolStoreFixture {
    private static final String PASSWORD = "SaoLuu#2026";

    @BeforeEach
    void needsGpg() {
        assumeTrue(gpgAvailable(), "gpg is not installed (CI installs gnupg)");
    }

    @Test
    void gpg_decrypts_our_backup_into_the_zip_the_readme_describes() throws Exception {
        Path backup = new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD.toCharArray()).file();
        Path zip = dir.resolve("backup.zip");
        Result r = gpg(List.of("--decrypt", "--output", zip.toString(), backup.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, byte[]> entries = BackupFiles.unzip(Files.readAllBytes(zip));
        assertThat(entries).containsOnlyKeys("db.sql", "attachments/", "manifest.json");
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains("Chu Văn An");
        assertThat(r.err()).contains("AES256");
        // step 3: `sha256sum db.sql` gives the manifest's hash, and H2's RunScript loads db.sql to browse it
        String sqlHash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(entries.get("db.sql")));
        assertThat(new String(entries.get("manifest.json"), StandardCharsets.UTF_8)).contains(sqlHash);
        Path sql = Files.write(dir.resolve("db.sql"), entries.get("db.sql"));
        String url = "jdbc:h2:" + dir.resolve("xem");
        org.h2.tools.RunScript.main("-url", url, "-script", sql.toString());
        try (var c = java.sql.DriverManager.getConnection(url);
             var rs = c.createStatement().executeQuery("SELECT name FROM school")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Trường THCS Chu Văn An");
        }
    }

    @Test
    void gpg_refuses_a_wrong_password() throws Exception {
        Path backup = new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD.toCharArray()).file();
        Result r = gpg(List.of("--decrypt", "--output", dir.resolve("x.zip").toString(), backup.toString()),
                "KhongPhai#1");
        assertThat(r.exit()).isNotZero();
    }

    @Test
    void a_zip_encrypted_by_gpg_with_aes256_and_sha256_is_accepted_by_our_verifier() throws Exception {
        Path ours = new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD.toCharArray()).file();
        Path zip = dir.resolve("backup.zip");
        Files.write(zip, BackupFiles.zip(BackupFiles.entries(ours, PASSWORD.toCharArray())));
        Path theirs = dir.resolve("by-gpg.sotruong.gpg");
        Result r = gpg(List.of("--symmetric", "--cipher-algo", "AES256", "--s2k-digest-algo", "SHA256",
                "--output", theirs.toString(), zip.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        VerifyResult v = new BackupVerifier().verify(theirs, PASSWORD.toCharArray());
        assertThat(v.outcome()).as(v.reason()).isEqualTo(VerifyResult.Outcome.INTACT);
        assertThat(new BackupVerifier().verify(theirs, "KhongPhai#1".toCharArray()).outcome())
                .isEqualTo(VerifyResult.Outcome.WRONG_PASSWORD);
    }

    @Test
    void gpg_opens_an_automatic_backup_with_the_key_file_as_the_readme_says() throws Exception {
        Path backup = AutomaticBackups.dailyIfDue(store, clock).orElseThrow().file();
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        Path zip = dir.resolve("auto.zip");
        Process p = new ProcessBuilder("gpg", "--homedir", home.toString(), "--batch", "--yes", "--pinentry-mode",
                "loopback", "--passphrase-file", dir.resolve(LocalBackupKey.FILE).toString(), "--decrypt", "--output",
                zip.toString(), backup.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(BackupFiles.unzip(Files.readAllBytes(zip))).containsKey("manifest.json");
    }

    record Result(int exit, String err) {
    }

    private Result gpg(List<String> args) throws IOException, InterruptedException {
        return gpg(args, PASSWORD);
    }

    /** gpg with its own home in the temp folder, the password on stdin, never asking anything. */
    private Result gpg(List<String> args, String password) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        home.toFile().setReadable(true, true);
        List<String> cmd = new java.util.ArrayList<>(List.of("gpg", "--homedir", home.toString(), "--batch", "--yes",
                "--pinentry-mode", "loopback", "--passphrase-fd", "0"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), err);
    }

    private static boolean gpgAvailable() {
        try {
            Process p = new ProcessBuilder("gpg", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
