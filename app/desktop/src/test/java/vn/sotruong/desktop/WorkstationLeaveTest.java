package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.desktop.common.UnsentSource;
import vn.sotruong.desktop.lan.UnsentEntry;
import vn.sotruong.desktop.lan.UnsentFile;
import vn.sotruong.desktop.lan.WorkstationCell;
import vn.sotruong.desktop.lan.WorkstationRow;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * Never silently drop an entry when leaving a workstation (issue 9): closing the window with an unsent cell asks first
 * ("Ở lại" keeps the window, "Gửi lại" saves and closes); after an office-service restart the workstation asks to
 * sign in again and the cell, kept in the data folder, comes back for the same person only; a damaged
 * {@code office.properties} is a message with "Ghép nối lại", not a failed start. A real office PC on 127.0.0.1.
 */
class WorkstationLeaveTest extends FxTestBase {
    @TempDir
    Path officeDir;
    private WorkstationOffice office;
    private OfficeServer restarted;

    @BeforeEach
    void officePc() {
        office = WorkstationOffice.start(officeDir, CLOCK);
        TestSchool.create(services());
    }

    @AfterEach
    void stopOffice() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(() -> {
            if (flow != null && flow.connectedWindow() != null) {
                flow.connectedWindow().detach();
            }
            if (!stage.isShowing()) {
                stage.show(); // closed by the test: the next test's stage
            }
        });
        if (restarted != null) {
            restarted.close();
        }
        office.close();
    }

    @Test
    void closingWithAnUnsentCellAsksFirstStayKeepsTheWindowAndSendAgainSavesAndCloses() throws Exception {
        TableView<WorkstationRow> grid = signedInGrid();

        office.link.cut(); // the office PC cannot be reached
        WorkstationGrids.enter(this, grid, 0, "8");
        assertThat(WorkstationGrids.cell(grid, 0).state()).isEqualTo(WorkstationCell.State.UNSENT);
        assertThat(kept(TestSchool.TEACHER)).extracting(UnsentEntry::text).containsExactly("8");

        LeaveQuestion.requestClose(this);
        Stage dialog = flow.unsentDialog();
        assertThat(dialog).as("the close waits for an answer").isNotNull();
        TableView<UnsentSource.Row> listed = lookup("#unsent-table").queryTableView();
        assertThat(listed.getItems()).containsExactly(new UnsentSource.Row("6A", "Toán", "Nguyễn Thị Ánh", "HK1 TX1", "8",
                "Chưa lưu: mất kết nối với máy văn phòng. Bấm «Gửi lại» khi có mạng."));
        assertThat(listed.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Lớp", "Sổ", "Học sinh", "Cột / buổi", "Giá trị", "Trạng thái");
        assertThat(textOf("#unsent-header")).isEqualTo("Còn 1 ô chưa lưu trên máy văn phòng");
        Path shot = Screenshots.save(dialog.getScene().getRoot(), "lan-ws-unsent-dialog.png");
        assertThat(shot).exists();

        // Ở lại: nothing changes, the window stays with the cell still unsent
        LeaveQuestion.stay(this);
        assertThat(WorkstationGrids.cell(grid, 0).state()).isEqualTo(WorkstationCell.State.UNSENT);
        assertThat(office.text(0)).isNull();

        // "Gửi lại" while still cut: not saved, so the window does not close and the list is shown again
        LeaveQuestion.requestClose(this);
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(flow.unsentDialog()).isNotNull();

        // the network is back: "Gửi lại" saves on the office PC, then the window closes
        office.link.restore();
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(office.text(0)).isEqualTo("8.0");
        assertThat(flow.unsentDialog()).isNull();
        assertThat(stage.isShowing()).as("closed once all are saved").isFalse();
        assertThat(kept(TestSchool.TEACHER)).isEmpty();
    }

    @Test
    void afterAnOfficeRestartTheSignInComesBackAndTheKeptCellIsOfferedToTheSamePersonOnly() throws Exception {
        TableView<WorkstationRow> grid = signedInGrid();
        office.link.cut();
        WorkstationGrids.enter(this, grid, 1, "6,5");
        assertThat(WorkstationGrids.cell(grid, 1).state()).isEqualTo(WorkstationCell.State.UNSENT);

        // the office service restarts (sessions are in memory: ADR 0034), the network is back
        int port = office.pc.server().port();
        office.pc.server().close();
        restarted = OfficeServer.start(office.store.services(), office.store.workstations(),
                OfficeCertificate.loadOrCreate(officeDir, "Trường THCS Nguyễn Du", CLOCK), "127.0.0.1", port, CLOCK);
        office.link.restore();
        clickOn("#ws-retry");
        awaitScreen("ws-login");
        assertThat(textOf("#login-error")).isEqualTo("Máy văn phòng đã khởi động lại dịch vụ mạng nội bộ: phiên đã hết,"
                + " hãy đăng nhập lại. Các ô chưa lưu vẫn giữ trên máy này và hiện lại sau khi đăng nhập.");
        assertThat(office.text(1)).isNull();
        assertThat(kept(TestSchool.TEACHER)).extracting(UnsentEntry::text).containsExactly("6,5");
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-session-ended.png");

        // another person on this computer is not offered the teacher's cell
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(flow.unsentDialog()).as("nothing offered to another person").isNull();
        assertThat(textOf("#ws-status")).doesNotContain("chưa lưu (mất mạng): 1");
        clickOn("#ws-sign-out");
        awaitScreen("ws-login");
        assertThat(kept(TestSchool.TEACHER)).hasSize(1);

        // the same teacher signs in again: the cell is there, "chưa lưu", and "Gửi lại" saves it
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        // offered at once; "Để sau" keeps it "chưa lưu" in the grid
        assertThat(flow.unsentDialog()).isNotNull();
        TableView<UnsentSource.Row> offered = lookup("#unsent-table").queryTableView();
        assertThat(offered.getItems()).extracting(UnsentSource.Row::sheet, UnsentSource.Row::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Toán", "6,5"));
        clickOn("#unsent-stay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.unsentDialog()).isNull();
        TableView<WorkstationRow> again = lookup("#ws-grid").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WorkstationGrids.cell(again, 1).state() == WorkstationCell.State.UNSENT);
        assertThat(WorkstationGrids.cell(again, 1).shown()).isEqualTo("6,5");
        assertThat(textOf("#ws-status")).contains("chưa lưu (mất mạng): 1");
        clickOn("#ws-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(office.text(1)).isEqualTo("6.5");
        assertThat(WorkstationGrids.cell(again, 1).state()).isEqualTo(WorkstationCell.State.SAVED);
        assertThat(kept(TestSchool.TEACHER)).isEmpty();
    }

    @Test
    void aDamagedPairingFileIsAMessageWithPairAgainAndIsLeftAsItWas() throws Exception {
        Path file = dataDir.resolve(WorkstationPairing.FILE);
        String damaged = "office.host=192.168.1.10\noffice.port=tám nghìn\noffice.certificate=@@@\n";
        Files.writeString(file, damaged, StandardCharsets.UTF_8);
        startApp(config());
        awaitScreen("ws-damaged");
        assertThat(textOf("#ws-damaged-message")).startsWith("Tệp ghép nối với máy văn phòng (" + file + ") bị hỏng")
                .contains("Không có gì bị thay đổi");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("nothing changed").isEqualTo(damaged);
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-pairing-damaged.png");
        clickOn("#ws-damaged-pair");
        awaitScreen("pairing");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(damaged);
    }

    /** Paired and approved, signed in as the Toán teacher: the Sổ điểm grid. */
    private TableView<WorkstationRow> signedInGrid() throws Exception {
        office.pair(dataDir, "Phòng máy 3");
        startApp(config());
        awaitScreen("ws-login");
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        return lookup("#ws-grid").queryTableView();
    }

    private java.util.List<UnsentEntry> kept(String login) {
        WorkstationPairing p = WorkstationPairing.load(dataDir).orElseThrow();
        return new UnsentFile(dataDir, p.fingerprint(), login).scores().load();
    }

}
