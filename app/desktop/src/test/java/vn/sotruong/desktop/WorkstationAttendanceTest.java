package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.desktop.attendance.GridRow;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.client.WorkstationPairing;

/**
 * Điểm danh on a workstation against a real office PC (its own H2 store and HTTPS service on 127.0.0.1, through a
 * relay the test can cut): the homeroom teacher opens Điểm danh beside Sổ điểm, marks an absence that lands on the
 * office store and in its audit trail with the workstation, sees another person's save appear, loses the network
 * (the cell stays "chưa lưu" with a banner) and sends it again when the network is back.
 */
class WorkstationAttendanceTest extends WorkstationFxTest {
    /** The test clock's day, a Thursday. */
    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);
    private static final LocalDate OCT_14 = LocalDate.of(2026, 10, 14);

    @Test
    void theHomeroomTeacherMarksAnAbsenceOnTheOfficePcAndAnUnsentCellIsSentAgain() throws Exception {
        WorkstationPairing p = signedInOnAttendance("Phòng máy 1");
        assertThat(textOf("#ws-nav-attendance")).isEqualTo("Điểm danh");
        javafx.scene.control.ComboBox<vn.sotruong.server.wire.Wire.AttendanceClassView> classes =
                lookup("#attendance-class").queryComboBox();
        assertThat(classes.getItems()).extracting(c -> c.className()).containsExactly("6A");
        assertThat(grid().getItems()).extracting(GridRow::fullName).startsWith("Nguyễn Thị Ánh", "Trần Văn Bảo");
        assertThat(grid().getFocusModel().getFocusedCell().getTableColumn().getText()).isEqualTo("15\nT5");

        // 1. K for Ánh on 15/10, saved: on the office store, in its audit trail with the workstation
        interact(() -> grid().requestFocus());
        key(KeyCode.K);
        clickOn("#attendance-save-day");
        WaitForAsyncUtils.waitForFxEvents();
        long anh = grid().getItems().get(0).pupilId();
        long bao = grid().getItems().get(1).pupilId();
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG,
                AttendanceCode.UNEXCUSED));
        assertThat(textOf("#attendance-info")).isEqualTo("Đã lưu điểm danh 1 ngày.");
        assertThat(attendanceEvents()).singleElement().satisfies(e -> {
            assertThat(e.actorLogin()).isEqualTo(TestSchool.HOMEROOM);
            assertThat(e.workstation()).isEqualTo("máy trạm " + p.workstationId() + ": Phòng máy 1");
        });

        // 2. the office enters Châu late on 14/10: the open grid shows it by itself
        long chau = grid().getItems().get(2).pupilId();
        office.services().attendance().enterDay(officeAdmin, data.classId("6A"), OCT_14, DaySession.SANG,
                Map.of(chau, AttendanceCode.LATE));
        int oct14 = column(OCT_14);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            List<GridRow> rows = List.copyOf(grid().getItems());
            return rows.size() > 2 && rows.get(2).cell(oct14).get() == AttendanceCode.LATE;
        });

        // 3. the network is lost: P for Bảo stays on this computer, marked "chưa lưu", with a banner
        link.cut();
        int oct15 = column(OCT_15);
        interact(() -> {
            grid().requestFocus();
            grid().getSelectionModel().clearAndSelect(1, leaf(oct15));
            grid().getFocusModel().focus(1, leaf(oct15));
        });
        key(KeyCode.P);
        clickOn("#attendance-save-month");
        WaitForAsyncUtils.waitForFxEvents();
        GridRow baoRow = grid().getItems().get(1);
        assertThat(baoRow.cell(oct15).get()).isEqualTo(AttendanceCode.EXCUSED);
        assertThat(baoRow.unsent(oct15).get()).isTrue();
        assertThat(visible("#attendance-offline")).isTrue();
        assertThat(textOf("#attendance-banner")).startsWith("1 ô chưa lưu: Không kết nối được máy văn phòng 127.0.0.1:" + link.port());
        assertThat(textOf("#attendance-pending")).isEqualTo("Chưa lưu: 1 ngày");
        assertThat(officeMarks()).hasSize(2);
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-attendance-offline.png");

        // 4. the network is back: "Gửi lại" saves it once
        link.restore();
        clickOn("#attendance-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(officeMarks()).contains(new AttendanceMark(bao, OCT_15, DaySession.SANG, AttendanceCode.EXCUSED));
        assertThat(baoRow.unsent(oct15).get()).isFalse();
        assertThat(visible("#attendance-offline")).isFalse();
        assertThat(textOf("#attendance-banner")).isEmpty();
        assertThat(textOf("#attendance-pending")).isEmpty();
        assertThat(attendanceEvents()).hasSize(3);
        Screenshots.save(stage.getScene().getRoot(), "lan-ws-attendance.png");
    }

    @Test
    void aCellChangedMeanwhileAtTheOfficeIsRefusedWithWhoAndWhatAndNothingIsSaved() throws Exception {
        signedInOnAttendance("Phòng máy 2");
        long anh = grid().getItems().get(0).pupilId();

        // typed here (so the grid is not read again), then the office marks Ánh excused for the same session
        interact(() -> grid().requestFocus());
        key(KeyCode.K);
        office.services().attendance().enterDay(officeAdmin, data.classId("6A"), OCT_15, DaySession.SANG,
                Map.of(anh, AttendanceCode.EXCUSED));
        clickOn("#attendance-save-month");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(textOf("#attendance-error")).isEqualTo("Không lưu được điểm danh (1 ô cần xem lại, chưa ô nào được "
                + "lưu): Nguyễn Thị Ánh, 15/10/2026 buổi sáng: Ô này vừa được " + TestSchool.ADMIN
                + " sửa thành P; hãy xem lại trước khi lưu.");
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG,
                AttendanceCode.EXCUSED));
        assertThat(grid().getItems().get(0).cell(column(OCT_15)).get()).as("the typed cell stays")
                .isEqualTo(AttendanceCode.UNEXCUSED);
        assertThat(textOf("#attendance-pending")).isEqualTo("Chưa lưu: 1 ngày");
    }

    private TableView<GridRow> grid() {
        return attendanceGrid();
    }

    private javafx.scene.control.TableColumn<GridRow, ?> leaf(int index) {
        return grid().getVisibleLeafColumns().stream().filter(c -> Integer.valueOf(index).equals(c.getUserData()))
                .findFirst().orElseThrow();
    }

    private void key(KeyCode... codes) {
        for (KeyCode c : codes) {
            type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<AuditEntry> attendanceEvents() {
        return office.services().audit().latest(officeAdmin, 100).stream()
                .filter(e -> e.kind() == AuditKind.ATTENDANCE_CHANGED).toList();
    }
}
