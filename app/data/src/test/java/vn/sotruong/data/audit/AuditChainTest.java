package vn.sotruong.data.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.Schools;

class AuditChainTest {
    @TempDir
    Path dir;

    @Test
    void anEditedEntryBreaksTheChainAtThatEntry() throws Exception {
        long target;
        try (Store store = Store.open(dir)) {
            Schools.init(store.services());
            Schools.admin(store.services());
            assertThat(store.services().stores().audit().firstBrokenEntry()).isEmpty();
            var entries = store.services().stores().audit().latest(100);
            assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
            AuditEntry second = entries.get(entries.size() - 2);
            target = second.id();
            assertThat(second.previousHash()).isEqualTo(entries.getLast().hash());
        }
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("sotruong"), "sa", "");
             var st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_event SET detail = 'sửa lén' WHERE id = " + target);
        }
        try (Store store = Store.open(dir)) {
            assertThat(store.services().stores().audit().firstBrokenEntry()).hasValue(target);
        }
    }
}
