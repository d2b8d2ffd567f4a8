package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.backup.BackupListing.Check;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/** Generations on a stick: how many are kept, what is never touched, and what a wrong clock cannot do. */
class BackupGenerationsTest extends SchoolStoreFixture {
    private static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    private Path usb() {
        return dir.resolve("usb");
    }

    private BackupService service() {
        return new BackupService(store, clock);
    }

    private BackupWritten backupNextDay() {
        clock.advance(Duration.ofDays(1));
        return service().create(admin, usb(), PASSWORD);
    }

    private List<String> ours() throws Exception {
        try (Stream<Path> s = Files.list(usb())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("SoTruong_truong-thcs-chu-van-an_")
                    && n.endsWith(BackupFileName.SUFFIX)).sorted().toList();
        }
    }

    private static String name(BackupWritten w) {
        return w.file().getFileName().toString();
    }

    @Test
    void seven_backups_keep_the_newest_five_and_other_files_are_never_touched() throws Exception {
        Files.createDirectories(usb());
        Path notes = Files.writeString(usb().resolve("ghi-chu.txt"), "của thầy Toản");
        Path gpgOfSomeoneElse = Files.writeString(usb().resolve("hop-dong.gpg"), "not ours");
        // named like ours but not a backup: learning cannot verify it, so it is never removed
        Path junk = Files.writeString(usb().resolve("SoTruong_truong-thcs-chu-van-an_2019-01-01_0800.sotruong.gpg"),
                "junk");
        Path otherSchool = backupOfAnotherSchool("Trường Tiểu học Kim Đồng", "79000999");
        List<BackupWritten> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(backupNextDay());
        }
        assertThat(ours()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(made.subList(2, 7).stream().map(BackupGenerationsTest::name), Stream.of(junk.getFileName()
                        .toString())).toList());
        assertThat(made.get(5).rotation().removed()).containsExactly(made.get(0).file());
        assertThat(made.get(6).rotation().removed()).containsExactly(made.get(1).file());
        assertThat(made.get(6).rotation().kept()).isEqualTo(5);
        assertThat(made.get(6).rotation().datedLater()).isZero();
        assertThat(Files.readString(notes)).isEqualTo("của thầy Toản");
        assertThat(Files.readString(gpgOfSomeoneElse)).isEqualTo("not ours");
        assertThat(Files.readString(junk)).isEqualTo("junk");
        assertThat(new BackupVerifier().verify(otherSchool, PASSWORD).intact()).isTrue();
        for (BackupWritten w : made.subList(2, 7)) {
            assertThat(new BackupVerifier().verify(w.file(), PASSWORD).intact()).isTrue();
        }
        var last = s.audit().latest(admin, 1).getFirst();
        assertThat(last.kind()).isEqualTo(AuditKind.BACKUP_CREATED);
        assertThat(last.detail()).contains("removed=[" + name(made.get(1)) + "]");
    }

    @Test
    void a_school_with_the_same_name_but_another_code_shares_the_file_names_but_not_the_rotation() throws Exception {
        // many schools are called Chu Văn An: the same short name on the stick, a different Ministry code
        List<Path> theirs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            theirs.add(backupOfAnotherSchool("Trường THCS Chu Văn An", "01000123"));
        }
        assertThat(theirs).allMatch(Files::exists);
        Files.delete(usb().resolve(BackupLedger.FILE)); // even when the ledger is lost, learning checks the school
        List<BackupWritten> made = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            made.add(backupNextDay());
        }
        assertThat(theirs).allMatch(Files::exists);
        assertThat(made.getFirst().file()).doesNotExist();
        assertThat(made.subList(1, 6)).allMatch(w -> Files.exists(w.file()));
        // learnt once, as theirs: listed as verified under their name, never counted as ours
        assertThat(BackupLedger.read(usb()).entries()).filteredOn(e -> e.school().code().equals("01000123"))
                .hasSize(5);
    }

    @Test
    void a_clock_set_a_year_earlier_removes_none_of_the_recent_backups() throws Exception {
        List<BackupWritten> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(backupNextDay());
        }
        clock.advance(Duration.ofDays(-365));
        for (int i = 0; i < 3; i++) {
            made.add(backupNextDay());
        }
        assertThat(made).allMatch(w -> Files.exists(w.file()));
        assertThat(made).allMatch(w -> w.rotation().removed().isEmpty());
        assertThat(made.getLast().rotation().datedLater()).isEqualTo(5);
        assertThat(made.getLast().file().getFileName().toString()).contains("_2025-");
        assertThat(service().list(usb())).hasSize(8).allMatch(l -> l.check() == Check.VERIFIED);
    }

    @Test
    void a_clock_set_a_year_later_then_corrected_removes_only_the_genuinely_oldest() throws Exception {
        List<BackupWritten> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(backupNextDay());
        }
        clock.advance(Duration.ofDays(365));
        BackupWritten future = backupNextDay();
        assertThat(future.rotation().removed()).containsExactly(made.get(0).file());
        clock.advance(Duration.ofDays(-365));
        BackupWritten corrected = backupNextDay();
        // the future-dated one stays (it may be the newest data), and so does the one just made
        assertThat(corrected.rotation().removed()).containsExactly(made.get(1).file());
        assertThat(corrected.rotation().datedLater()).isEqualTo(1);
        assertThat(future.file()).exists();
        assertThat(corrected.file()).exists();
        assertThat(made.subList(2, 5)).allMatch(w -> Files.exists(w.file()));
    }

    @Test
    void the_listing_says_whose_when_how_big_and_whether_verified() throws Exception {
        BackupWritten w = backupNextDay();
        BackupWritten changed = backupNextDay();
        Files.write(changed.file(), new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        Path copied = Files.copy(w.file(), usb().resolve("SoTruong_truong-thcs-chu-van-an_2026-01-05_0700.sotruong.gpg"));
        Files.writeString(usb().resolve("ghi-chu.txt"), "x");
        List<BackupListing> list = service().list(usb());
        assertThat(list).extracting(BackupListing::name).containsExactly(name(changed), name(w),
                copied.getFileName().toString());
        BackupListing verified = list.get(1);
        assertThat(verified.school()).isEqualTo("Trường THCS Chu Văn An");
        assertThat(verified.created()).isEqualTo(w.manifest().createdUtc());
        assertThat(verified.bytes()).isEqualTo(w.bytes());
        assertThat(verified.kind()).isEqualTo(BackupKind.MANUAL);
        assertThat(verified.check()).isEqualTo(Check.VERIFIED);
        assertThat(list.get(0).check()).isEqualTo(Check.CHANGED);
        assertThat(list.get(2).check()).isEqualTo(Check.NOT_VERIFIED);
        assertThat(list.get(2).school()).isEqualTo("truong-thcs-chu-van-an");
        assertThat(service().list(dir.resolve("no-such-folder"))).isEmpty();
    }

    @Test
    void a_lost_ledger_is_rebuilt_by_verifying_and_a_backup_with_another_password_is_kept() throws Exception {
        BackupWritten otherPassword = withClockNextDay(() -> service().create(admin, usb(), "MatKhauKhac#1".toCharArray()));
        BackupWritten a = backupNextDay();
        BackupWritten b = backupNextDay();
        Files.delete(usb().resolve(BackupLedger.FILE));
        assertThat(service().list(usb())).hasSize(3).allMatch(l -> l.check() == Check.NOT_VERIFIED);
        service().updateSettings(admin, new BackupSettings(2, 30, 7));
        // the oldest cannot be verified with this password: it stays unknown, and unknown is never removed
        BackupWritten c = backupNextDay();
        assertThat(c.rotation().removed()).containsExactly(a.file());
        assertThat(otherPassword.file()).exists();
        assertThat(b.file()).exists();
        assertThat(service().list(usb())).filteredOn(l -> l.check() == Check.VERIFIED).extracting(BackupListing::file)
                .containsExactlyInAnyOrder(b.file(), c.file());
    }

    @Test
    void a_partial_file_left_by_a_killed_backup_is_removed_by_the_next_one_and_only_that() throws Exception {
        Files.createDirectories(usb());
        Path leftover = Files.writeString(usb().resolve(
                "SoTruong_truong-thcs-chu-van-an_2026-11-20_0800.sotruong.gpg.partial"), "half");
        Path notOurs = Files.writeString(usb().resolve("video.mp4.partial"), "downloading");
        Path otherSchools = Files.writeString(usb().resolve(
                "SoTruong_truong-tieu-hoc-kim-dong_2026-11-20_0800.sotruong.gpg.partial"), "theirs");
        backupNextDay();
        assertThat(leftover).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(otherSchools).exists();
    }

    @Test
    void progress_runs_through_the_stages_in_order_never_back_and_ends_at_one() {
        List<BackupProgress.Stage> stages = new ArrayList<>();
        List<Double> done = new ArrayList<>();
        service().create(admin, usb(), PASSWORD, (stage, d) -> {
            stages.add(stage);
            done.add(d);
        });
        assertThat(stages.stream().distinct().toList()).containsExactly(BackupProgress.Stage.SNAPSHOT,
                BackupProgress.Stage.FLUSH, BackupProgress.Stage.VERIFY, BackupProgress.Stage.ROTATE,
                BackupProgress.Stage.DONE);
        assertThat(done).isSortedAccordingTo(Double::compare);
        assertThat(done.getFirst()).isZero();
        assertThat(done.getLast()).isEqualTo(1.0);
        assertThat(done).hasSizeLessThan(300);
    }

    @Test
    void settings_are_changed_by_who_may_back_up_within_their_ranges_and_audited() {
        assertThat(service().settings()).isEqualTo(BackupSettings.DEFAULTS);
        service().updateSettings(admin, new BackupSettings(3, 60, 14));
        assertThat(service().settings()).isEqualTo(new BackupSettings(3, 60, 14));
        assertThat(s.audit().latest(admin, 3)).extracting(e -> e.target()).containsExactlyInAnyOrder(
                "setting:backup.keep.usb", "setting:backup.keep.local", "setting:backup.remind.days");
        assertThat(code(() -> service().updateSettings(admin, new BackupSettings(0, 60, 14))))
                .isEqualTo("setting.outOfRange");
        assertThat(code(() -> service().updateSettings(admin, new BackupSettings(3, 366, 14))))
                .isEqualTo("setting.outOfRange");
        Actor teacher = Schools.person(s, "minh.lv", "Lê Văn Minh", Role.GVBM);
        assertThat(code(() -> service().updateSettings(teacher, BackupSettings.DEFAULTS))).isEqualTo("auth.denied");
        assertThat(service().settings()).isEqualTo(new BackupSettings(3, 60, 14));
    }

    @Test
    void a_backup_to_a_stick_is_the_last_usb_backup_and_one_into_the_automatic_folder_is_not() {
        assertThat(service().lastUsbBackup()).isEmpty();
        BackupWritten usb = backupNextDay();
        assertThat(service().lastUsbBackup()).contains(usb.manifest().createdUtc());
        clock.advance(Duration.ofHours(1));
        BackupWritten local = service().create(admin, service().localFolder(), PASSWORD);
        assertThat(service().lastUsbBackup()).contains(usb.manifest().createdUtc());
        assertThat(service().lastLocalBackup()).contains(local.manifest().createdUtc());
    }

    private BackupWritten withClockNextDay(java.util.function.Supplier<BackupWritten> backup) {
        clock.advance(Duration.ofDays(1));
        return backup.get();
    }

    /** A backup of another store onto the same stick, at the fixture's current time. */
    private Path backupOfAnotherSchool(String name, String code) {
        Path other = dir.resolve("school-" + code + "-" + System.nanoTime());
        try (Store b = Store.open(other, clock)) {
            b.services().setup().initialise(new vn.sotruong.core.school.SchoolInit(new vn.sotruong.core.school.School(
                    name, code, "Hà Nội", "Ba Đình", vn.sotruong.core.school.SchoolLevel.THCS, "Lê Thị Mai", false), 2026,
                    "admin.b", "Quản trị", Schools.PASSWORD.toCharArray()));
            Actor a = b.services().auth().login("admin.b", Schools.PASSWORD.toCharArray(), "test").actor();
            clock.advance(Duration.ofMinutes(1));
            return new BackupService(b, clock).create(a, usb(), PASSWORD).file();
        }
    }

}
