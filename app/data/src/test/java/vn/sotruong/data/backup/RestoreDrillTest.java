package vn.sotruong.data.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.sotruong.data.support.SchoolStoreFixture;

/** The restore drill: the newest backup restored into a scratch store, checked, and the scratch removed. */
class RestoreDrillTest extends SchoolStoreFixture {
    private static final char[] PASSWORD = "SaoLuu#2026".toCharArray();

    @Test
    void the_newest_backup_restores_with_its_counts_and_audit_chain_and_nothing_is_left() throws Exception {
        Path usb = dir.resolve("usb");
        new BackupService(store, clock).create(admin, usb, PASSWORD);
        clock.advance(Duration.ofDays(1));
        BackupWritten newest = new BackupService(store, clock).create(admin, usb, PASSWORD);
        assertThat(RestoreDrill.newest(usb)).contains(newest.file());
        DrillReport r = new RestoreDrill(clock, scratch()).run(newest.file(), PASSWORD, BackupProgress.NONE);
        assertThat(r.manifest()).isEqualTo(newest.manifest());
        assertThat(r.auditEntries()).isEqualTo(newest.manifest().rowCounts().get("AUDIT_EVENT")).isPositive();
        assertThat(r.schemaAfter()).isEqualTo(vn.sotruong.data.store.Store.latestSchemaVersion());
        assertThat(scratch()).exists();
        assertThat(drillFolders()).isZero();
        // the school's store is not touched: no restore or previous folder beside it
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("restore-")
                    || n.startsWith("previous-"));
        }
    }

    @Test
    void a_damaged_backup_or_a_wrong_password_fails_the_drill_and_leaves_nothing() throws Exception {
        BackupWritten w = new BackupService(store, clock).create(admin, dir.resolve("usb"), PASSWORD);
        Path bad = Files.copy(w.file(), dir.resolve("bad.sotruong.gpg"));
        BackupFiles.flipByte(bad, Files.size(bad) / 2);
        assertThat(code(() -> new RestoreDrill(clock, scratch()).run(bad, PASSWORD, BackupProgress.NONE))).isEqualTo("backup.damaged");
        assertThat(code(() -> new RestoreDrill(clock, scratch()).run(w.file(), "KhongPhai#1".toCharArray(), BackupProgress.NONE)))
                .isEqualTo("backup.wrongPassword");
        assertThat(drillFolders()).isZero();
    }

    @Test
    void a_folder_without_backups_has_no_newest() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty").resolve("readme.txt"), "x");
        assertThat(RestoreDrill.newest(dir.resolve("empty"))).isEmpty();
        assertThat(RestoreDrill.newest(dir.resolve("missing"))).isEmpty();
    }

    private Path scratch() {
        return dir.resolve("scratch");
    }

    /** Scratch stores left behind. */
    private long drillFolders() throws Exception {
        if (!Files.exists(scratch())) {
            return 0;
        }
        try (var files = Files.list(scratch())) {
            return files.count();
        }
    }
}
