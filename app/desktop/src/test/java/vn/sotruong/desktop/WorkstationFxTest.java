package vn.sotruong.desktop;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.NetworkLink;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.desktop.attendance.GridRow;

/**
 * A workstation's window against a real office PC ({@link WorkstationOffice}): the office PC's own H2 store with the
 * test school and class 6A, its HTTPS service on 127.0.0.1 reached through a relay the test can cut, and this
 * computer's own school from before it was paired.
 */
abstract class WorkstationFxTest extends FxTestBase {
    @TempDir
    Path officeDir;
    WorkstationOffice officePc;
    OfficePc pc;
    Store office;
    NetworkLink link;
    Actor officeAdmin;
    GradebookData data;

    @BeforeEach
    void officePc() throws Exception {
        officePc = WorkstationOffice.start(officeDir, CLOCK);
        pc = officePc.pc;
        office = officePc.store;
        officeAdmin = officePc.admin;
        data = officePc.data;
        link = officePc.link;
        TestSchool.create(services()); // this computer had its own school before it was paired
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
        officePc.close();
    }

    /** Paired and approved as {@code workstation}, signed in as 6A's homeroom teacher, on Điểm danh with its month read. */
    WorkstationPairing signedInOnAttendance(String workstation) throws Exception {
        WorkstationPairing pairing = officePc.pair(dataDir, workstation);
        startApp(config());
        awaitScreen("ws-login");
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        clickOn("#ws-nav-attendance");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> !attendanceGrid().getItems().isEmpty());
        return pairing;
    }

    /** Types a code into the focused cell of the Điểm danh grid (today's morning for the first pupil when just read). */
    void typeMark(javafx.scene.input.KeyCode code) {
        interact(() -> attendanceGrid().requestFocus());
        type(code);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** A code typed, then "Lưu ngày" while the network is cut: the cell stays on this computer, "chưa lưu". */
    void markUnsent(javafx.scene.input.KeyCode code) {
        typeMark(code);
        link.cut();
        clickOn("#attendance-save-day");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Điểm danh grid of the workstation window. */
    @SuppressWarnings("unchecked")
    TableView<GridRow> attendanceGrid() {
        return lookup("#attendance-grid").queryAs(TableView.class);
    }

    /** The index of a day's morning column of the Điểm danh grid. */
    int column(LocalDate day) {
        String header = String.format("%02d%n", day.getDayOfMonth());
        return attendanceGrid().getVisibleLeafColumns().stream().filter(c -> c.getText().startsWith(header)
                && c.getUserData() instanceof Integer).map(c -> (Integer) c.getUserData()).findFirst().orElseThrow();
    }

    /** Class 6A's attendance marks as stored on the office PC. */
    List<AttendanceMark> officeMarks() {
        return office.services().stores().attendance().marks(data.classId("6A"), LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 7, 1));
    }
}
