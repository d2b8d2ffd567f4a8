package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.desktop.attendance.GridRow;
import vn.sotruong.desktop.common.UnsentSource.Row;

/**
 * Leaving a workstation never silently drops an attendance cell (issue 9): an absence sent while the network is lost,
 * or typed and not saved with "Lưu ngày" / "Lưu cả tháng", is listed in the same question as the Sổ điểm cells —
 * "Ở lại" keeps the window, "Gửi lại" saves it on the office PC and closes, "Bỏ" drops it on the person's decision.
 * A real office PC on 127.0.0.1 behind a relay the test cuts.
 */
class WorkstationAttendanceLeaveTest extends WorkstationFxTest {
    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);
    private static final String NOT_SAVED = "Chưa lưu: mất kết nối với máy văn phòng. Bấm «Gửi lại» khi có mạng.";

    @Test
    void anAbsenceUnsentWhenTheNetworkIsLostIsAskedAboutStayKeepsItAndSendAgainSavesItAndCloses() throws Exception {
        signedInAttendance("Phòng máy 4");
        long anh = grid().getItems().get(0).pupilId();

        // K for Ánh on 15/10; the network is lost before "Lưu ngày": the cell stays here, "chưa lưu"
        interact(() -> grid().requestFocus());
        key(KeyCode.K);
        link.cut();
        clickOn("#attendance-save-day");
        WaitForAsyncUtils.waitForFxEvents();
        int oct15 = column(OCT_15);
        GridRow anhRow = grid().getItems().get(0);
        assertThat(anhRow.unsent(oct15).get()).isTrue();
        assertThat(officeMarks()).isEmpty();

        LeaveQuestion.requestClose(this);
        Stage dialog = flow.unsentDialog();
        assertThat(dialog).as("the close waits for an answer").isNotNull();
        assertThat(listed()).containsExactly(new Row("6A", "Điểm danh tháng 10/2026", "Nguyễn Thị Ánh",
                "15/10/2026 buổi sáng", "K", NOT_SAVED));
        assertThat(textOf("#unsent-header")).isEqualTo("Còn 1 ô chưa lưu trên máy văn phòng");
        Path shot = Screenshots.save(dialog.getScene().getRoot(), "lan-ws-unsent-attendance-dialog.png");
        assertThat(shot).exists();

        // Ở lại: the window stays, the cell still typed and unsent, nothing on the office PC
        LeaveQuestion.stay(this);
        assertThat(anhRow.cell(oct15).get()).isEqualTo(AttendanceCode.UNEXCUSED);
        assertThat(anhRow.unsent(oct15).get()).isTrue();
        assertThat(officeMarks()).isEmpty();

        // "Gửi lại" while still cut: not saved, so the window does not close and the list is shown again
        LeaveQuestion.requestClose(this);
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flow.unsentDialog() != null);
        assertThat(stage.isShowing()).isTrue();
        assertThat(listed()).extracting(Row::state).containsExactly(NOT_SAVED);
        assertThat(officeMarks()).isEmpty();

        // the network is back: "Gửi lại" saves it on the office store, then the window closes
        link.restore();
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG,
                AttendanceCode.UNEXCUSED));
        assertThat(flow.unsentDialog()).isNull();
    }

    @Test
    void aCellTypedButNotSavedIsAskedAboutAndDiscardDropsItOnlyOnThePersonsDecision() throws Exception {
        signedInAttendance("Phòng máy 5");
        interact(() -> grid().requestFocus());
        key(KeyCode.P);
        int oct15 = column(OCT_15);
        GridRow anhRow = grid().getItems().get(0);
        assertThat(anhRow.cell(oct15).get()).isEqualTo(AttendanceCode.EXCUSED);

        LeaveQuestion.requestClose(this);
        assertThat(flow.unsentDialog()).as("typed, not saved: asked first").isNotNull();
        assertThat(listed()).containsExactly(new Row("6A", "Điểm danh tháng 10/2026", "Nguyễn Thị Ánh",
                "15/10/2026 buổi sáng", "P", "Chưa lưu: đã nhập nhưng chưa bấm «Lưu ngày» hay «Lưu cả tháng»."));

        // Ở lại keeps it; then "Bỏ" drops it: the window closes and nothing reached the office PC
        LeaveQuestion.stay(this);
        assertThat(anhRow.cell(oct15).get()).isEqualTo(AttendanceCode.EXCUSED);
        LeaveQuestion.requestClose(this);
        clickOn("#unsent-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(anhRow.cell(oct15).get()).as("shows what is stored again").isNull();
        assertThat(officeMarks()).isEmpty();
    }

    @Test
    void sendAgainSendsTheGradebookAndTheAttendanceCellsAndClosesOnlyWhenBothAreSaved() throws Exception {
        officePc.pair(dataDir, "Phòng máy 6");
        startApp(config());
        awaitScreen("ws-login");
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        TableView<vn.sotruong.desktop.lan.WorkstationRow> scores = lookup("#ws-grid").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !scores.getItems().isEmpty());
        clickOn("#ws-nav-attendance");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !grid().getItems().isEmpty());
        // the network is lost: a score on Sổ điểm and a late mark on Điểm danh stay on this computer
        link.cut();
        clickOn("#ws-nav-gradebook");
        WorkstationGrids.enter(this, scores, 0, "9");
        clickOn("#ws-nav-attendance");
        long anh = grid().getItems().get(0).pupilId();
        interact(() -> grid().requestFocus());
        key(KeyCode.M);
        clickOn("#attendance-save-day");
        WaitForAsyncUtils.waitForFxEvents();

        LeaveQuestion.requestClose(this);
        assertThat(listed()).extracting(Row::sheet, Row::pupil, Row::column, Row::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ngữ văn", "Nguyễn Thị Ánh", "HK1 TX1", "9"),
                org.assertj.core.groups.Tuple.tuple("Điểm danh tháng 10/2026", "Nguyễn Thị Ánh", "15/10/2026 buổi sáng",
                        "M"));
        assertThat(textOf("#unsent-header")).isEqualTo("Còn 2 ô chưa lưu trên máy văn phòng");

        link.restore();
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG, AttendanceCode.LATE));
        assertThat(office.services().gradebook().sheet(officeAdmin, data.classId("6A"),
                vn.sotruong.core.gradebook.SheetRef.subject("NGUVAN")).rows().getFirst().text("HK1.TX1")).isEqualTo("9.0");
    }

    /** Signed in as 6A's homeroom teacher on Điểm danh, with 15/10 morning focused. */
    private void signedInAttendance(String workstation) throws Exception {
        signedInOnAttendance(workstation);
        assertThat(grid().getFocusModel().getFocusedCell().getTableColumn().getText()).isEqualTo("15\nT5");
    }

    private List<Row> listed() {
        TableView<Row> table = lookup("#unsent-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    private TableView<GridRow> grid() {
        return attendanceGrid();
    }

    private void key(KeyCode code) {
        type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
