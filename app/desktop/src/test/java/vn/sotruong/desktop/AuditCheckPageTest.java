package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.audit.AuditCheckpoint;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.data.store.Store;

/**
 * Kiểm tra chuỗi on the Nhật ký page over a really tampered H2 file: an edited event is named with what it now
 * says and selected in the list; a deleted tail is named even when the checkpoints in the database were deleted
 * too, by the signed copy kept outside the database.
 */
class AuditCheckPageTest extends FxTestBase {
    private AuditCheckpoint checkpoint;

    private void aSchoolWithACheckpoint() {
        TestSchool.create(services());
        services().signatures().createAuthority(admin());
        checkpoint = services().audit().checkpoint(admin());
    }

    /** Changes the closed H2 file by hand, as someone with the file would, and opens the store again. */
    private void tamper(String... statements) throws Exception {
        store.close();
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("sotruong"), "sa", "");
             var st = c.createStatement()) {
            for (String s : statements) {
                st.executeUpdate(s);
            }
        }
        store = Store.open(dataDir, CLOCK);
    }

    private void openAuditAndCheck() throws Exception {
        startApp(config());
        openAs(TestSchool.ADMIN, "#nav-audit");
        clickOn("#audit-verify");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anIntactChainSaysSoWithItsCheckpoints() throws Exception {
        aSchoolWithACheckpoint();
        openAuditAndCheck();
        assertThat(textOf("#audit-chain-ok")).startsWith("Chuỗi nhật ký nguyên vẹn.").contains("điểm mốc đã ký khớp");
        assertThat(textOf("#audit-chain-broken")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditedEventIsNamedAndSelected() throws Exception {
        aSchoolWithACheckpoint();
        long target = checkpoint.sequence() - 3;
        tamper("UPDATE audit_event SET detail = 'sửa lén' WHERE id = " + target);
        openAuditAndCheck();
        assertThat(textOf("#audit-chain-broken")).startsWith("Chuỗi nhật ký bị hỏng từ mục số " + target + ".")
                .contains("Mục đó hiện ghi:").contains("sửa lén");
        assertThat(textOf("#audit-chain-ok")).isEmpty();
        TableView<AuditEntry> table = lookup("#audit-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(target);
        Screenshots.save(stage.getScene().getRoot(), "audit-check-broken.png");
    }

    @Test
    void aTailDeletedWithTheCheckpointsInTheDatabaseIsNamedByTheCopyOutside() throws Exception {
        aSchoolWithACheckpoint();
        long reached = checkpoint.sequence();
        tamper("DELETE FROM audit_event WHERE id >= " + (reached - 1), "DELETE FROM audit_checkpoint");
        openAuditAndCheck();
        assertThat(textOf("#audit-chain-broken")).startsWith("Nhật ký bị cắt: chuỗi dừng ở mục số " + (reached - 2)
                + " nhưng điểm mốc số " + checkpoint.id()).contains("đã đến mục số " + reached + ";");
        Screenshots.save(stage.getScene().getRoot(), "audit-check-truncated.png");
    }
}
