package vn.sotruong.data.signature;

import static org.assertj.core.api.Assertions.assertThat;

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
    void withoutAnAuthorityTheChainIsCheckedAlone() throws Exception {
        sql("DELETE FROM audit_checkpoint");
        assertThat(s.audit().check(admin).checkpoints()).isZero();
        assertThat(s.audit().check(admin).intact()).isTrue();
    }
}
