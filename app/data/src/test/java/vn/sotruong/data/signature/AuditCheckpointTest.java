package vn.sotruong.data.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditCheckpoint;
import vn.sotruong.core.audit.AuditVerification;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.SchoolStoreFixture;
import vn.sotruong.data.support.Schools;

/**
 * Signed checkpoints of the audit chain on a real H2 store: deleting the chain's last events (which leaves a chain
 * that still verifies on its own) is named by the checkpoint beyond its end; an edited event a checkpoint covers,
 * and a checkpoint changed by hand, are named too.
 */
class AuditCheckpointTest extends SchoolStoreFixture {
    @BeforeEach
    void theSchoolHasItsAuthority() {
        s.signatures().createAuthority(admin);
    }

    private void sql(String statement) throws Exception {
        store.close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("sotruong"), "sa", "");
             var st = c.createStatement()) {
            st.executeUpdate(statement);
        }
        store = Store.open(dir, clock);
        s = store.services();
        // the signed-in actor is kept: signing in again would add an event to the chain
    }

    @Test
    void aLockDecisionSignsACheckpointOfTheChainsHead() {
        int before = store.services().stores().checkpoints().all().size();
        long year = s.years().currentYear().orElseThrow().id();
        s.locks().lock(admin, year, LockScope.SCHOOL, LockColumns.ALL, "Khóa sổ cuối kì");
        var all = store.services().stores().checkpoints().all();
        assertThat(all).hasSize(before + 1);
        assertThat(all.getLast().sequence()).isEqualTo(s.audit().latest(admin, 1).getFirst().id());
        assertThat(s.audit().check(admin).intact()).isTrue();
    }

    @Test
    void deletingTheChainsLastEventsIsNamedByTheCheckpoint() throws Exception {
        AuditCheckpoint cp = s.audit().checkpoint(admin);
        long reached = cp.sequence();
        assertThat(s.audit().check(admin).intact()).isTrue();

        sql("DELETE FROM audit_event WHERE id >= " + (reached - 1));

        // the chain alone still verifies: only the checkpoint shows the tail is gone
        assertThat(s.audit().verify(admin)).isEmpty();
        AuditVerification v = s.audit().check(admin);
        assertThat(v.intact()).isFalse();
        assertThat(v.truncation()).hasValueSatisfying(t -> {
            assertThat(t.reached()).isEqualTo(reached);
            assertThat(t.checkpointId()).isEqualTo(cp.id());
        });
        assertThat(v.chainEnd()).isEqualTo(reached - 2);
        assertThat(v.truncation().orElseThrow().stopsAt()).isEqualTo(reached - 2);

        // events written after the cut continue the shortened chain; the checkpoint still names the gap
        admin = Schools.admin(s);
        AuditVerification later = s.audit().check(admin);
        assertThat(later.chainEnd()).isGreaterThan(reached);
        assertThat(later.firstBroken()).isEmpty();
        assertThat(later.truncation()).hasValueSatisfying(t -> {
            assertThat(t.reached()).isEqualTo(reached);
            assertThat(t.stopsAt()).isEqualTo(reached - 2);
        });
    }

    @Test
    void anEventEditedBeforeACheckpointAndAForgedCheckpointAreNamed() throws Exception {
        AuditCheckpoint cp = s.audit().checkpoint(admin);
        sql("UPDATE audit_checkpoint SET sequence_no = sequence_no - 1 WHERE id = " + cp.id());
        AuditVerification forged = s.audit().check(admin);
        assertThat(forged.forgedCheckpoints()).containsExactly(cp.id());

        sql("UPDATE audit_checkpoint SET sequence_no = sequence_no + 1 WHERE id = " + cp.id());
        assertThat(s.audit().check(admin).intact()).isTrue();
        // re-hash the edited event and everything after it would still differ from the checkpoint's signed hash
        sql("UPDATE audit_event SET hash = '" + "f".repeat(64) + "' WHERE id = " + cp.sequence());
        assertThat(s.audit().check(admin).firstBroken()).hasValue(cp.sequence());
    }

    @Test
    void withoutAnyCheckpointTheChainIsCheckedAlone() throws Exception {
        sql("DELETE FROM audit_checkpoint");
        Files.delete(new CheckpointFile(dir).path());
        assertThat(s.audit().check(admin).checkpoints()).isZero();
        assertThat(s.audit().check(admin).intact()).isTrue();
    }

    @Test
    void deletingTheTailAndTheCheckpointsInTheDatabaseIsStillNamedByTheCopyOutsideIt() throws Exception {
        AuditCheckpoint cp = s.audit().checkpoint(admin);
        assertThat(Files.readString(new CheckpointFile(dir).path())).contains(cp.id() + ";" + cp.sequence() + ";"
                + cp.chainHash());

        sql("DELETE FROM audit_event WHERE id >= " + (cp.sequence() - 1));
        sql("DELETE FROM audit_checkpoint");

        assertThat(s.audit().verify(admin)).isEmpty();
        AuditVerification v = s.audit().check(admin);
        assertThat(v.intact()).isFalse();
        assertThat(v.truncation()).hasValueSatisfying(t -> {
            assertThat(t.reached()).isEqualTo(cp.sequence());
            assertThat(t.stopsAt()).isEqualTo(cp.sequence() - 2);
        });
    }

    @Test
    void aCheckpointOfARolledBackTransactionNeverReachesTheFile() {
        int before = new CheckpointFile(dir).read().size();
        long year = s.years().currentYear().orElseThrow().id();
        var tx = store.services().stores().transactions();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.run(() -> {
            s.locks().lock(admin, year, LockScope.SCHOOL, LockColumns.ALL, "Khóa sổ rồi hủy");
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(new CheckpointFile(dir).read()).hasSize(before);
        assertThat(s.audit().check(admin).intact()).isTrue();

        s.locks().lock(admin, year, LockScope.SCHOOL, LockColumns.ALL, "Khóa sổ cuối kì");
        assertThat(new CheckpointFile(dir).read()).hasSize(before + 1);
        assertThat(s.audit().check(admin).intact()).isTrue();
    }

    @Test
    void restoringAnOlderBackupTakesTheCopyAlongWithTheDatabaseItReplaces() throws Exception {
        char[] password = "SaoLuu#2026".toCharArray();
        var w = new vn.sotruong.data.backup.BackupService(store, clock).create(admin, dir.resolve("usb"), password);
        AuditCheckpoint newer = s.audit().checkpoint(admin);
        var done = new vn.sotruong.data.backup.BackupService(store, clock).restore(admin, w.file(), password, false);
        assertThat(done.previousStore().resolve(CheckpointFile.FOLDER).resolve(CheckpointFile.NAME)).exists();
        store = Store.open(dir, clock);
        s = store.services();
        AuditVerification v = s.audit().check(Schools.admin(s));
        assertThat(v.intact()).as(v.toString()).isTrue();
        // the checkpoint signed after the backup went aside with the replaced database
        assertThat(new CheckpointFile(dir).read()).noneMatch(c -> c.id() == newer.id());
    }

    @Test
    void aCheckpointChangedInTheDatabaseIsNamedWhileItsCopyStillCounts() throws Exception {
        AuditCheckpoint cp = s.audit().checkpoint(admin);
        sql("UPDATE audit_checkpoint SET chain_hash = '" + "0".repeat(64) + "' WHERE id = " + cp.id());
        AuditVerification v = s.audit().check(admin);
        assertThat(v.forgedCheckpoints()).containsExactly(cp.id());
        assertThat(v.firstBroken()).isEmpty();
    }
}
