package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.desktop.lan.WorkstationCell;
import vn.sotruong.desktop.lan.WorkstationRow;
import vn.sotruong.server.client.WorkstationPairing;

/**
 * A workstation in connected mode against a real office PC (its own H2 store and HTTPS service on 127.0.0.1, reached
 * through a relay the test can cut): pairing approved while the screen waits, sign-in at the office PC, the Sổ điểm
 * grid, a save landing on the office store, another person's change appearing by itself, a cell being edited left
 * alone, the network lost (the entry stays "chưa lưu" with a banner) and sent again when it is back.
 */
class WorkstationGradebookTest extends WorkstationFxTest {
    private static final SheetRef TOAN = WorkstationOffice.TOAN;
    private static final String TX1 = WorkstationOffice.TX1;

    @Test
    void aTeacherEntersScoresOnTheOfficePcFromAWorkstationAndNoEntryIsEverDropped() throws Exception {
        startApp(config());
        clickOn("#login-connect-office");
        awaitScreen("pairing");
        fill("#pairing-address", "127.0.0.1:" + link.port());
        fill("#pairing-name", "Phòng máy 1");
        clickOn("#pairing-request");
        Workstation waiting = office.workstations().list(officeAdmin).getFirst();
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-pairing.png");

        // approved at the office PC: the screen notices by itself, no click
        office.workstations().approveByCode(officeAdmin, waiting.pairingCode());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textOf("#pairing-status").startsWith("Đã ghép"));
        assertThat(WorkstationPairing.load(dataDir)).isPresent();
        clickOn("#pairing-back");
        awaitScreen("ws-login");
        assertThat(textOf("#ws-login-office")).contains("127.0.0.1:" + link.port());

        Screenshots.save(stage.getScene().getRoot(), "lan-ws-login.png");
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(textOf("#ws-office")).isEqualTo("Đang làm việc trên máy văn phòng 127.0.0.1:" + link.port());
        assertThat(textOf("#ws-nav-gradebook")).isEqualTo("Sổ điểm");
        assertThat(lookup("#ws-nav").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anySatisfy(n -> assertThat(n.isDisabled()).isTrue());
        TableView<WorkstationRow> grid = lookup("#ws-grid").queryTableView();
        assertThat(grid.getItems()).extracting(WorkstationRow::name).startsWith("Nguyễn Thị Ánh", "Trần Văn Bảo");

        // 1. a save lands on the office store and the cell says so
        enter(grid, 0, "8,5");
        assertThat(officeText(0)).isEqualTo("8.5");
        assertThat(cell(grid, 0).state()).isEqualTo(WorkstationCell.State.SAVED);

        // 2. someone at the office PC changes two cells while this teacher is editing one of them
        startEditing(grid, 2);
        data.save("6A", TOAN, List.of(CellEdit.of(pupil(1), TX1, "9"), CellEdit.of(pupil(2), TX1, "7")));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> cell(grid, 1).shown().startsWith("9"));
        assertThat(cell(grid, 2).shown()).as("the cell being edited is left alone").isEmpty();
        assertThat(editor(grid)).isNotNull();
        typeAndCommit(grid, "6");
        assertThat(cell(grid, 2).state()).isEqualTo(WorkstationCell.State.REFUSED);
        assertThat(cell(grid, 2).shown()).isEqualTo("6");
        assertThat(cell(grid, 2).note()).contains(TestSchool.ADMIN).contains("6");
        assertThat(officeText(2)).as("never a silent overwrite").isEqualTo("7.0");
        assertThat(textOf("#ws-cell-note")).startsWith("Lê Minh Châu · HK1 TX1: ").contains(TestSchool.ADMIN);

        // 3. the network is lost: the entry stays on this computer, marked, with a banner
        link.cut();
        enter(grid, 3, "7");
        assertThat(cell(grid, 3).state()).isEqualTo(WorkstationCell.State.UNSENT);
        assertThat(cell(grid, 3).shown()).isEqualTo("7");
        assertThat(visible("#ws-offline")).isTrue();
        assertThat(textOf("#ws-banner")).startsWith("Không kết nối được máy văn phòng 127.0.0.1:" + link.port());
        assertThat(textOf("#ws-status")).contains("chưa lưu (mất mạng): 1");
        assertThat(officeText(3)).isNull();
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-grid-offline.png");

        // 4. the network is back; another sheet opened and this one again: the unsent entry is still there
        link.restore();
        javafx.scene.control.ComboBox<vn.sotruong.server.wire.Wire.SheetChoiceView> sheets =
                lookup("#ws-sheet").queryComboBox();
        var toan = sheets.getValue();
        interact(() -> sheets.setValue(sheets.getItems().stream().filter(x -> x.item().equals("NGUVAN")).findFirst()
                .orElseThrow()));
        assertThat(cell(grid, 3).shown()).isEmpty();
        interact(() -> sheets.setValue(toan));
        assertThat(cell(grid, 3).state()).isEqualTo(WorkstationCell.State.UNSENT);
        assertThat(cell(grid, 3).shown()).isEqualTo("7");
        assertThat(textOf("#ws-banner")).isEqualTo("Đã kết nối lại với máy văn phòng. Còn 1 ô chưa lưu: bấm «Gửi lại».");
        // "Gửi lại" saves it
        clickOn("#ws-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(officeText(3)).isEqualTo("7.0");
        assertThat(cell(grid, 3).state()).isEqualTo(WorkstationCell.State.SAVED);
        assertThat(visible("#ws-offline")).isFalse();
        assertThat(officeHistory(3)).hasSize(1);
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-grid.png");
    }

    @Test
    void aWorkstationWaitingForApprovalSaysSoChecksByItselfAndAWrongPasswordChangesNothing() throws Exception {
        WorkstationPairing p = vn.sotruong.server.client.OfficeClient.requestPairing(
                new vn.sotruong.server.client.OfficeAddress("127.0.0.1", link.port()), "Phòng máy 2",
                java.util.Locale.forLanguageTag("vi-VN"));
        p.save(dataDir); // kept before the approval (a pairing made by an older version, or approval revoked and asked again)
        startApp(config());
        awaitScreen("ws-login");
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        assertThat(textOf("#ws-login-status")).isEqualTo("Máy trạm đang chờ quản trị duyệt (mã ghép " + p.code()
                + "). Màn hình tự kiểm tra lại vài giây một lần.");
        assertThat(lookup("#login-submit").queryButton().isDisabled()).isTrue();
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-login-waiting.png");

        office.workstations().approveByCode(officeAdmin, p.code());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textOf("#ws-login-status").startsWith("Quản trị đã duyệt"));
        signIn(TestSchool.TEACHER, "sai-mat-khau");
        assertThat(textOf("#login-error")).isNotEmpty();
        assertThat(flow.screen()).isEqualTo("ws-login");
        assertThat(office.services().audit().latest(officeAdmin, 20)).anySatisfy(e ->
                assertThat(e.workstation()).endsWith("Phòng máy 2"));
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(textOf("#ws-person")).isEqualTo("Đỗ Minh Toàn (gv.toan1)");
    }

    private long pupil(int row) {
        return officePc.pupil(row);
    }

    private String officeText(int row) {
        return officePc.text(row);
    }

    private List<?> officeHistory(int row) {
        return officePc.history(row);
    }

    private static WorkstationCell cell(TableView<WorkstationRow> grid, int row) {
        return WorkstationGrids.cell(grid, row);
    }

    private void startEditing(TableView<WorkstationRow> grid, int row) {
        WorkstationGrids.startEditing(this, grid, row);
    }

    private TextField editor(TableView<WorkstationRow> grid) {
        return WorkstationGrids.editor(this);
    }

    private void typeAndCommit(TableView<WorkstationRow> grid, String value) {
        WorkstationGrids.typeAndCommit(this, value);
    }

    private void enter(TableView<WorkstationRow> grid, int row, String value) {
        WorkstationGrids.enter(this, grid, row, value);
    }
}
