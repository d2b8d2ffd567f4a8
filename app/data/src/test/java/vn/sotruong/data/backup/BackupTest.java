package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Backups of a real store in temp folders: write, read back, restore, and what they survive. */
class BackupTest extends SchoolStoreFixture {
    static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    private BackupService service() {
        return new BackupService(store, clock);
    }

    private Path usb() {
        return dir.resolve("usb");
    }

    private BackupWritten backup() {
        return service().create(admin, usb(), PASSWORD);
    }

    /** Everything on the stick but its ledger (which {@code BackupGenerationsTest} looks at). */
    private List<String> filesOnUsb() throws Exception {
        try (Stream<Path> s = Files.list(usb())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(BackupLedger.FILE)).sorted().toList();
        }
    }

    @Test
    void a_backup_is_one_verified_file_named_after_the_school_and_the_local_time() throws Exception {
        BackupWritten w = backup();
        // 2026-11-23T01:00Z is 08:00 in Hồ Chí Minh City
        assertThat(w.file().getFileName().toString())
                .isEqualTo("SoTruong_truong-thcs-chu-van-an_2026-11-23_0800.sotruong.gpg");
        assertThat(filesOnUsb()).containsExactly(w.file().getFileName().toString());
        assertThat(w.bytes()).isEqualTo(Files.size(w.file()));
        BackupManifest m = w.manifest();
        assertThat(m.schoolName()).isEqualTo("Trường THCS Chu Văn An");
        assertThat(m.schoolCode()).isEqualTo("79000701");
        assertThat(m.schemaVersion()).isEqualTo(Store.latestSchemaVersion());
        assertThat(m.h2Version()).startsWith("2.5");
        assertThat(m.rowCounts()).containsEntry("SCHOOL", 1L).containsKey("AUDIT_EVENT").containsKey("flyway_schema_history");
        assertThat(m.sha256()).containsOnlyKeys("db.sql");
        VerifyResult v = new BackupVerifier().verify(w.file(), PASSWORD);
        assertThat(v.outcome()).isEqualTo(VerifyResult.Outcome.INTACT);
        assertThat(v.manifest()).contains(m);
        Map<String, byte[]> entries = BackupFiles.entries(w.file(), PASSWORD);
        assertThat(entries).containsOnlyKeys("db.sql", "attachments/", "manifest.json");
        // H2 writes non-ASCII letters as Unicode escapes: "Trường" is U&'Tr\01b0\1eddng'
        assertThat(new String(entries.get("db.sql"), StandardCharsets.UTF_8))
                .contains("INSERT INTO \"PUBLIC\".\"SCHOOL\" VALUES", "Chu V\\0103n An");
        assertThat(s.audit().latest(admin, 1).getFirst().kind()).isEqualTo(AuditKind.BACKUP_CREATED);
    }

    @Test
    void the_file_holds_no_plain_text_of_the_school() throws Exception {
        byte[] raw = Files.readAllBytes(backup().file());
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Chu V", "CREATE", "quantri");
    }

    @Test
    void a_second_backup_in_the_same_minute_gets_its_own_name() throws Exception {
        Path first = backup().file();
        Path second = backup().file();
        assertThat(second.getFileName().toString()).endsWith("_0800-2.sotruong.gpg");
        assertThat(filesOnUsb()).hasSize(2);
        assertThat(new BackupVerifier().verify(first, PASSWORD).intact()).isTrue();
    }

    @Test
    void round_trip_into_an_empty_store_gives_every_table_the_same_rows_and_an_intact_audit_chain() throws Exception {
        Schools.person(s, "thuy.nt", "Nguyễn Thị Thủy", Role.GVBM);
        BackupWritten w = backup();
        Path other = dir.resolve("other");
        try (Store empty = Store.open(other, clock)) {
            RestoreDone done = new BackupService(empty, clock).restore(admin, w.file(), PASSWORD, false);
            assertThat(done.previousStore()).exists().hasParent(other.toAbsolutePath().normalize());
        }
        Map<String, Long> expected = new TreeMap<>(w.manifest().rowCounts());
        expected.merge("AUDIT_EVENT", 1L, Long::sum); // the restore itself is recorded
        assertThat(BackupFiles.tableCounts(other)).isEqualTo(expected);
        try (Store restored = Store.open(other, clock)) {
            Actor thuy = restored.services().auth().login("thuy.nt", Schools.PASSWORD.toCharArray(), "test").actor();
            assertThat(thuy.login()).isEqualTo("thuy.nt");
            assertThat(restored.services().stores().audit().firstBrokenEntry()).isEmpty();
            Actor a = Schools.admin(restored.services());
            assertThat(restored.services().audit().latest(a, 5)).extracting(e -> e.kind())
                    .contains(AuditKind.BACKUP_RESTORED);
            assertThat(restored.services().setup().school().name()).isEqualTo("Trường THCS Chu Văn An");
        }
        try (Stream<Path> left = Files.list(other)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-"));
        }
    }

    @Test
    void restoring_three_times_works_and_keeps_the_two_latest_previous_stores() throws Exception {
        BackupWritten w = backup();
        Path other = dir.resolve("other");
        for (int i = 0; i < 3; i++) {
            try (Store target = Store.open(other, clock)) {
                new BackupService(target, clock).restore(admin, w.file(), PASSWORD, false);
            }
        }
        try (Stream<Path> s1 = Files.list(other)) {
            assertThat(s1.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("previous-"))).hasSize(2);
        }
        try (Store restored = Store.open(other, clock)) {
            assertThat(restored.services().stores().audit().firstBrokenEntry()).isEmpty();
            assertThat(Schools.admin(restored.services()).login()).isEqualTo(Schools.ADMIN);
        }
    }

    @Test
    void restoring_over_the_live_store_replaces_later_changes() throws Exception {
        BackupWritten w = backup();
        Schools.person(s, "sau.backup", "Lê Văn Sau", Role.GVBM);
        new BackupService(store, clock).restore(admin, w.file(), PASSWORD, false);
        try (Store restored = Store.open(dir, clock)) {
            assertThat(restored.services().stores().accounts().findByLogin("sau.backup")).isEmpty();
            assertThat(restored.services().stores().accounts().findByLogin(Schools.ADMIN)).isPresent();
        }
        store = Store.open(dir.resolve("unused"), clock); // the base class closes whatever is open
    }

    @Test
    void wrong_password_is_told_apart_from_damage_and_restores_nothing() throws Exception {
        BackupWritten w = backup();
        VerifyResult v = new BackupVerifier().verify(w.file(), "KhongPhai#1".toCharArray());
        assertThat(v.outcome()).as(v.reason()).isEqualTo(VerifyResult.Outcome.WRONG_PASSWORD);
        assertThat(code(() -> service().restore(admin, w.file(), "KhongPhai#1".toCharArray(), false)))
                .isEqualTo("backup.wrongPassword");
        assertThat(store.services().stores().accounts().findByLogin(Schools.ADMIN)).isPresent();
    }

    @Test
    void a_truncated_file_is_damaged_at_any_length() throws Exception {
        BackupWritten w = backup();
        byte[] all = Files.readAllBytes(w.file());
        for (int len : new int[] {0, 1, 10, 40, all.length / 2, all.length - 23, all.length - 1}) {
            Path cut = dir.resolve("cut-" + len + ".gpg");
            Files.write(cut, java.util.Arrays.copyOf(all, len));
            assertThat(new BackupVerifier().verify(cut, PASSWORD).outcome()).as("length %d", len)
                    .isEqualTo(VerifyResult.Outcome.DAMAGED);
        }
    }

    @Test
    void one_flipped_byte_at_the_start_middle_or_end_is_damage_and_nothing_is_restored() throws Exception {
        BackupWritten w = backup();
        long size = Files.size(w.file());
        // past the key packet (see the next test): its tag, its length, the data, the integrity packet
        for (long at : new long[] {0, 1, KEY_PACKET_END + 20, size / 3, size / 2, size - 30, size - 10, size - 1}) {
            Path bad = Files.copy(w.file(), dir.resolve("flip-" + at + ".gpg"));
            BackupFiles.flipByte(bad, at);
            assertThat(new BackupVerifier().verify(bad, PASSWORD).outcome()).as("offset %d", at)
                    .isEqualTo(VerifyResult.Outcome.DAMAGED);
        }
        Path bad = Files.copy(w.file(), dir.resolve("flip.gpg"));
        BackupFiles.flipByte(bad, size / 2);
        Path other = dir.resolve("other");
        try (Store empty = Store.open(other, clock)) {
            assertThat(code(() -> new BackupService(empty, clock).restore(admin, bad, PASSWORD, false)))
                    .isEqualTo("backup.damaged");
            assertThat(empty.services().setup().isEmpty()).isTrue();
        }
    }

    /** Tag, length, version, cipher, S2K type, hash, 8 salt bytes, count, wrapped session key (1 + 32 + 16). */
    static final int KEY_PACKET_END = 64;

    @Test
    void a_changed_salt_byte_reads_as_a_wrong_password_because_openpgp_cannot_tell_them_apart() throws Exception {
        Path bad = Files.copy(backup().file(), dir.resolve("salt.gpg"));
        BackupFiles.flipByte(bad, 8);
        assertThat(new BackupVerifier().verify(bad, PASSWORD).outcome()).isEqualTo(VerifyResult.Outcome.WRONG_PASSWORD);
    }

    @Test
    void a_missing_or_changed_entry_is_damage_even_when_correctly_encrypted() throws Exception {
        BackupWritten w = backup();
        Path noSql = BackupFiles.rewritten(w.file(), PASSWORD, dir.resolve("nosql.gpg"), e -> {
            e.remove("db.sql");
            return e;
        });
        Path noManifest = BackupFiles.rewritten(w.file(), PASSWORD, dir.resolve("nomanifest.gpg"), e -> {
            e.remove("manifest.json");
            return e;
        });
        Path edited = BackupFiles.rewritten(w.file(), PASSWORD, dir.resolve("edited.gpg"), e -> {
            String sql = new String(e.get("db.sql"), StandardCharsets.UTF_8).replaceFirst("INSERT INTO", "INSERT  INTO");
            e.put("db.sql", sql.getBytes(StandardCharsets.UTF_8));
            return e;
        });
        Path notZip = dir.resolve("notzip.gpg");
        BackupFiles.encrypt("hello".getBytes(StandardCharsets.UTF_8), notZip, PASSWORD);
        for (Path p : List.of(noSql, noManifest, edited, notZip)) {
            VerifyResult v = new BackupVerifier().verify(p, PASSWORD);
            assertThat(v.outcome()).as(p.getFileName().toString()).isEqualTo(VerifyResult.Outcome.DAMAGED);
        }
    }

    @Test
    void a_manifest_whose_counts_disagree_with_the_sql_is_damage() throws Exception {
        BackupWritten w = backup();
        Path lying = BackupFiles.rewritten(w.file(), PASSWORD, dir.resolve("lying.gpg"), e -> {
            String m = new String(e.get("manifest.json"), StandardCharsets.UTF_8)
                    .replace("\"SCHOOL\": 1", "\"SCHOOL\": 2");
            e.put("manifest.json", m.getBytes(StandardCharsets.UTF_8));
            return e;
        });
        assertThat(new BackupVerifier().verify(lying, PASSWORD).reason()).contains("row counts");
    }

    @Test
    void a_backup_from_a_newer_schema_is_refused_and_the_store_is_unchanged() throws Exception {
        BackupWritten w = backup();
        Path newer = BackupFiles.rewritten(w.file(), PASSWORD, dir.resolve("newer.gpg"), e -> {
            String m = new String(e.get("manifest.json"), StandardCharsets.UTF_8)
                    .replace("\"schemaVersion\": \"" + Store.latestSchemaVersion() + "\"", "\"schemaVersion\": \"99\"");
            e.put("manifest.json", m.getBytes(StandardCharsets.UTF_8));
            return e;
        });
        assertThat(new BackupVerifier().verify(newer, PASSWORD).intact()).isTrue();
        assertThat(code(() -> service().restore(admin, newer, PASSWORD, false))).isEqualTo("backup.newerVersion");
        assertThat(store.services().setup().school().name()).isEqualTo("Trường THCS Chu Văn An");
    }

    @Test
    void another_schools_backup_needs_the_explicit_flag_and_the_restore_is_recorded() throws Exception {
        Path otherSchool = dir.resolve("school-b");
        Path file;
        try (Store b = Store.open(otherSchool, clock)) {
            b.services().setup().initialise(new vn.sotruong.core.school.SchoolInit(new vn.sotruong.core.school.School(
                    "Trường Tiểu học Kim Đồng", "79000999", "TP. Hồ Chí Minh", "Quận 3",
                    vn.sotruong.core.school.SchoolLevel.TIEU_HOC, "Lê Thị Mai", false), 2026, "admin.kd", "Quản trị",
                    Schools.PASSWORD.toCharArray()));
            Actor kd = b.services().auth().login("admin.kd", Schools.PASSWORD.toCharArray(), "test").actor();
            file = new BackupService(b, clock).create(kd, usb(), PASSWORD).file();
        }
        assertThat(code(() -> service().restore(admin, file, PASSWORD, false))).isEqualTo("backup.otherSchool");
        assertThat(store.services().setup().school().name()).isEqualTo("Trường THCS Chu Văn An");
        service().restore(admin, file, PASSWORD, true);
        try (Store restored = Store.open(dir, clock)) {
            assertThat(restored.services().setup().school().name()).isEqualTo("Trường Tiểu học Kim Đồng");
            var last = restored.services().stores().audit().latest(1).getFirst();
            assertThat(last.kind()).isEqualTo(AuditKind.BACKUP_RESTORED);
            assertThat(last.actorLogin()).isEqualTo(Schools.ADMIN);
            assertThat(last.detail()).contains("otherSchool=true", "Kim Đồng");
        }
        store = Store.open(dir.resolve("unused"), clock);
    }

    @Test
    void only_those_with_the_backup_permission_may_back_up_or_restore() throws Exception {
        BackupWritten w = backup();
        Actor teacher = Schools.person(s, "minh.lv", "Lê Văn Minh", Role.GVBM);
        assertThat(code(() -> service().create(teacher, usb(), PASSWORD))).isEqualTo("auth.denied");
        assertThat(code(() -> service().restore(teacher, w.file(), PASSWORD, false))).isEqualTo("auth.denied");
        assertThat(code(() -> service().create(admin, usb(), "ngan".toCharArray()))).isEqualTo("backup.passwordTooShort");
        assertThat(filesOnUsb()).containsExactly(w.file().getFileName().toString());
    }

    @Test
    void a_device_failing_at_0_50_or_99_percent_leaves_no_backup_and_earlier_ones_still_verify() throws Exception {
        BackupWritten earlier = backup();
        long size = earlier.bytes();
        for (long failAt : new long[] {0, size / 2, size * 99 / 100}) {
            clock.advance(java.time.Duration.ofMinutes(1));
            BackupService failing = new BackupService(store, clock, BackupFiles.failingAfter(failAt));
            assertThatThrownBy(() -> failing.create(admin, usb(), PASSWORD)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("backup.writeFailed");
            assertThat(filesOnUsb()).as("after failing at %d", failAt)
                    .containsExactly(earlier.file().getFileName().toString());
        }
        assertThat(new BackupVerifier().verify(earlier.file(), PASSWORD).intact()).isTrue();
    }

    @Test
    void a_stick_that_silently_changes_or_drops_bytes_fails_the_read_back_and_leaves_no_backup() throws Exception {
        BackupWritten earlier = backup();
        long size = earlier.bytes();
        for (long at : new long[] {0, 40, size / 2, size - 20}) {
            for (boolean drop : new boolean[] {false, true}) {
                clock.advance(java.time.Duration.ofMinutes(1));
                BackupService lying = new BackupService(store, clock, BackupFiles.lyingAt(at, drop));
                assertThatThrownBy(() -> lying.create(admin, usb(), PASSWORD)).as("byte %d, drop %s", at, drop)
                        .isInstanceOf(DomainException.class)
                        .extracting(e -> ((DomainException) e).code()).isEqualTo("backup.verifyFailed");
                assertThat(filesOnUsb()).containsExactly(earlier.file().getFileName().toString());
            }
        }
        assertThat(new BackupVerifier().verify(earlier.file(), PASSWORD).intact()).isTrue();
    }

    @Test
    void a_rename_that_fails_leaves_no_backup_and_no_partial_file() throws Exception {
        BackupWritten earlier = backup();
        clock.advance(java.time.Duration.ofMinutes(1));
        // once the file is written and being read back, something takes its final name (here: a folder with a
        // file in it), so the rename cannot happen — as when the stick goes read-only or away at that moment
        java.util.concurrent.atomic.AtomicReference<Path> blocker = new java.util.concurrent.atomic.AtomicReference<>();
        BackupProgress progress = (stage, done) -> {
            if (stage == BackupProgress.Stage.VERIFY && blocker.get() == null) {
                try (Stream<Path> s = Files.list(usb())) {
                    Path partial = s.filter(p -> p.toString().endsWith(BackupFileName.PARTIAL)).findFirst().orElseThrow();
                    String name = partial.getFileName().toString();
                    Path taken = Files.createDirectories(usb().resolve(name.substring(0, name.length()
                            - BackupFileName.PARTIAL.length())));
                    Files.writeString(taken.resolve("keep.txt"), "x");
                    blocker.set(taken);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        assertThat(code(() -> service().create(admin, usb(), PASSWORD, progress))).isEqualTo("backup.writeFailed");
        assertThat(blocker.get()).isDirectory();
        assertThat(filesOnUsb()).containsExactlyInAnyOrder(earlier.file().getFileName().toString(),
                blocker.get().getFileName().toString());
        assertThat(new BackupVerifier().verify(earlier.file(), PASSWORD).intact()).isTrue();
    }

    @Test
    void a_target_that_cannot_be_written_is_refused_and_leaves_nothing() throws Exception {
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        assertThat(code(() -> service().create(admin, blocked.resolve("usb"), PASSWORD)))
                .isEqualTo("backup.targetNotWritable");
    }
}
