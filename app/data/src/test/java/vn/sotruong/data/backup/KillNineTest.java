package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/**
 * kill -9 in the middle of a backup and of a restore: a child JVM runs the real service, stops itself
 * at a chosen progress point ({@link KillNineChild}) and is killed there with
 * {@link Process#destroyForcibly()}. Afterwards the store opens and is wholly the old or wholly the
 * new data, no half file carries a backup's final name, and the next backup or restore works and
 * clears what the killed one left.
 */
class KillNineTest extends SchoolStoreFixture {
    private static final String PASSWORD = "SaoLuu#2026";

    @BeforeEach
    void aStoreWithSomeBulk() {
        // a few hundred kilobytes of SQL, so each stage reports several times before it ends
        var settings = store.services().stores().settings();
        store.services().stores().transactions().run(() -> {
            for (int i = 0; i < 800; i++) {
                settings.put("test.filler." + i, ("hàng " + i + " ").repeat(20));
            }
        });
    }

    private Path usb() {
        return dir.resolve("usb");
    }

    @ParameterizedTest(name = "killed in {0} at {1}")
    @CsvSource({"SNAPSHOT, 0.2", "VERIFY, 0.75", "ROTATE, 0.93"})
    void a_backup_killed_mid_way_leaves_no_file_under_a_final_name_that_is_not_whole(String stage, double at)
            throws Exception {
        BackupWritten earlier = new BackupService(store, clock).create(admin, usb(), PASSWORD.toCharArray());
        store.close();
        String paused = runAndKill("backup", usb(), stage, at);
        assertThat(paused).startsWith("PAUSED " + stage);
        for (Path f : finalNames(usb())) {
            VerifyResult v = new BackupVerifier().verify(f, PASSWORD.toCharArray());
            assertThat(v.intact()).as("%s after a kill in %s: %s", f.getFileName(), stage, v.reason()).isTrue();
        }
        assertThat(earlier.file()).exists();
        store = Store.open(dir, clock);
        assertThat(store.services().stores().audit().firstBrokenEntry()).isEmpty();
        assertThat(store.services().setup().school().name()).isEqualTo("Trường THCS Chu Văn An");
        // the next backup works, and removes what the killed one left
        clock.advance(Duration.ofHours(2));
        BackupWritten next = new BackupService(store, clock).create(Schools.admin(store.services()), usb(),
                PASSWORD.toCharArray());
        assertThat(next.file()).exists();
        try (Stream<Path> left = Files.list(usb())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
        }
    }

    @ParameterizedTest(name = "killed in {0} at {1}: {2}")
    @CsvSource({"LOAD, 0.45, old", "SAFETY_BACKUP, 0.75, old", "SWAP, 0.97, old", "SWAP, 0.99, new"})
    void a_restore_killed_mid_way_leaves_the_old_or_the_new_store_never_a_mix(String stage, double at,
                                                                             String expected) throws Exception {
        BackupWritten backup = new BackupService(store, clock).create(admin, usb(), PASSWORD.toCharArray());
        Schools.person(s, "sau.backup", "Lê Văn Sau", Role.GVBM);
        Map<String, Long> oldCounts = BackupFilesCounts.without(store, "AUDIT_EVENT", "LOGIN_THROTTLE", "SCHOOL_SETTING");
        Map<String, String> oldSettings = settingsButBookkeeping(store);
        store.close();
        String paused = runAndKill("restore", backup.file(), stage, at);
        assertThat(paused).startsWith("PAUSED " + stage);

        store = Store.open(dir, clock);
        var stores = store.services().stores();
        assertThat(stores.audit().firstBrokenEntry()).isEmpty();
        boolean isNew = stores.accounts().findByLogin("sau.backup").isEmpty();
        assertThat(isNew ? "new" : "old").isEqualTo(expected);
        if (isNew) {
            Map<String, Long> fromBackup = new TreeMap<>(backup.manifest().rowCounts());
            fromBackup.remove("AUDIT_EVENT");
            fromBackup.remove("LOGIN_THROTTLE");
            assertThat(BackupFilesCounts.without(store, "AUDIT_EVENT", "LOGIN_THROTTLE")).isEqualTo(fromBackup);
            assertThat(stores.audit().latest(1).getFirst().kind()).isEqualTo(AuditKind.BACKUP_RESTORED);
        } else {
            // the safety backup may have noted its time (backup.last.local) before the kill: bookkeeping only
            assertThat(BackupFilesCounts.without(store, "AUDIT_EVENT", "LOGIN_THROTTLE", "SCHOOL_SETTING"))
                    .isEqualTo(oldCounts);
            assertThat(settingsButBookkeeping(store)).isEqualTo(oldSettings);
        }
        // restoring again works and clears the killed restore's temporary folder
        new BackupService(store, clock).restore(Schools.admin(store.services()), backup.file(), PASSWORD.toCharArray(),
                false);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
        store = Store.open(dir, clock);
        assertThat(store.services().stores().accounts().findByLogin("sau.backup")).isEmpty();
    }

    /** Starts the child, reads its output until it says PAUSED, kills it with SIGKILL; returns the PAUSED line. */
    private String runAndKill(String op, Path target, String stage, double at) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("sotruong.argon2.memoryKiB", "sotruong.argon2.iterations", "user.timezone")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.addAll(List.of(KillNineChild.class.getName(), op, dir.toString(), target.toString(), stage,
                String.valueOf(at), String.valueOf(clock.instant().plus(Duration.ofHours(1)).toEpochMilli())));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SOTRUONG_BACKUP_PASSWORD", PASSWORD);
        Process child = pb.start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("PAUSED")) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                    return line;
                }
            }
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        return fail("the child never paused at %s %s; it said:%n%s", stage, at, String.join("\n", seen));
    }

    private static Map<String, String> settingsButBookkeeping(Store st) {
        Map<String, String> all = new TreeMap<>(st.services().stores().settings().all());
        all.keySet().removeIf(k -> k.startsWith("backup.last."));
        return all;
    }

    private static List<Path> finalNames(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(BackupFileName.SUFFIX)).toList();
        }
    }
}
