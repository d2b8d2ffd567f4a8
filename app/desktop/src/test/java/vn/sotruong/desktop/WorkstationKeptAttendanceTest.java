package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.desktop.attendance.UnsentMark;
import vn.sotruong.desktop.common.UnsentSource.Row;
import vn.sotruong.desktop.lan.UnsentFile;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.client.WorkstationPairing;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * A workstation never silently drops an attendance cell when the office PC ends its session (issue 9, plan-lan 3b):
 * an absence unsent or only typed when the office service restarts is kept in the data folder with the score entries,
 * offered again to the same person after signing in (another person neither sees nor sends it) and stored on the office
 * PC by "Gửi lại" with the version first seen — a cell changed meanwhile is refused with who and what. A fresh window
 * over the same data folder (a crash) offers it too; a damaged file is set aside with a message, nothing sent.
 */
class WorkstationKeptAttendanceTest extends WorkstationFxTest {
    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);
    private static final String KEPT = "Chưa lưu: giữ trên máy này từ lần làm việc trước. Bấm «Gửi lại».";
    private static final String SHEET = "Điểm danh tháng 10/2026";
    private static final String DAY = "15/10/2026 buổi sáng";
    private OfficeServer restarted;

    @AfterEach
    void stopRestarted() {
        if (restarted != null) {
            restarted.close();
        }
    }

    @Test
    void anAbsenceUnsentAtAnOfficeRestartIsOfferedToItsOwnerOnlyAndSendAgainStoresIt() throws Exception {
        signedInOnAttendance("Phòng máy 7");
        long anh = attendanceGrid().getItems().get(0).pupilId();
        markUnsent(KeyCode.K);
        assertThat(attendanceGrid().getItems().get(0).unsent(column(OCT_15)).get()).isTrue();
        assertThat(kept(TestSchool.HOMEROOM)).extracting(UnsentMark::code, UnsentMark::sent, UnsentMark::date)
                .containsExactly(tuple("K", true, "2026-10-15"));

        // the office service restarts and the network is back: "Gửi lại" meets the ended session, the sign-in shows
        restartOffice();
        link.restore();
        clickOn("#attendance-retry");
        awaitScreen("ws-login");
        assertThat(textOf("#login-error")).startsWith("Máy văn phòng đã khởi động lại dịch vụ mạng nội bộ");
        assertThat(officeMarks()).isEmpty();
        assertThat(kept(TestSchool.HOMEROOM)).hasSize(1);

        // another person on this computer is neither offered nor sends the homeroom teacher's cell
        signIn(TestSchool.TEACHER, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(flow.unsentDialog()).isNull();
        clickOn("#ws-sign-out");
        awaitScreen("ws-login");
        assertThat(officeMarks()).isEmpty();
        assertThat(kept(TestSchool.HOMEROOM)).as("still kept for its owner").hasSize(1);

        // the homeroom teacher signs in again: the cell is offered, "Gửi lại" stores it on the office PC
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(flow.unsentDialog()).isNotNull();
        assertThat(listed()).containsExactly(new Row("6A", SHEET, "Nguyễn Thị Ánh", DAY, "K", KEPT));
        assertThat(textOf("#unsent-header")).isEqualTo("Còn 1 ô nhập ở lần làm việc trước chưa lưu trên máy văn phòng");
        assertThat(lookup("#unsent-stay").queryButton().getText()).isEqualTo("Để sau");
        Path shot = Screenshots.save(flow.unsentDialog().getScene().getRoot(), "lan-ws-kept-attendance-offer.png");
        assertThat(shot).exists();
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> flow.unsentDialog() == null);
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG,
                AttendanceCode.UNEXCUSED));
        assertThat(office.services().attendance().totals(officeAdmin, data.classId("6A"), OCT_15, OCT_15.plusDays(1)))
                .as("the office PC's own count").containsEntry(anh, new AbsenceTally(0, 1, 0));
        assertThat(kept(TestSchool.HOMEROOM)).isEmpty();
        assertThat(flow.screen()).isEqualTo("ws-main");
    }

    @Test
    void aCellTypedButNotSavedAtASessionEndComesBackInTheGridAndIsSavedWithTheVersionFirstSeen() throws Exception {
        signedInOnAttendance("Phòng máy 8");
        long anh = attendanceGrid().getItems().get(0).pupilId();
        typeMark(KeyCode.P); // typed, "Lưu ngày" not pressed
        assertThat(kept(TestSchool.HOMEROOM)).extracting(UnsentMark::code, UnsentMark::sent)
                .containsExactly(tuple("P", false));

        // the session ends while on Sổ điểm (its poll meets the restarted service)
        restartOffice();
        clickOn("#ws-nav-gradebook");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "ws-login".equals(flow.screen()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kept(TestSchool.HOMEROOM)).hasSize(1);

        // signed in again: offered; "Để sau" keeps it; Điểm danh shows it typed again, "Lưu ngày" stores it
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(listed()).containsExactly(new Row("6A", SHEET, "Nguyễn Thị Ánh", DAY, "P", KEPT));
        clickOn("#unsent-stay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.unsentDialog()).isNull();
        clickOn("#ws-nav-attendance");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !attendanceGrid().getItems().isEmpty());
        assertThat(attendanceGrid().getItems().get(0).cell(column(OCT_15)).get()).isEqualTo(AttendanceCode.EXCUSED);
        assertThat(textOf("#attendance-pending")).isEqualTo("Chưa lưu: 1 ngày");
        interact(() -> attendanceGrid().requestFocus());
        clickOn("#attendance-save-day");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG,
                AttendanceCode.EXCUSED));
        assertThat(kept(TestSchool.HOMEROOM)).isEmpty();
    }

    @Test
    void aFreshWindowOverTheSameDataFolderOffersTheKeptCellAndAConflictIsShownNotOverwritten() throws Exception {
        signedInOnAttendance("Phòng máy 9");
        long anh = attendanceGrid().getItems().get(0).pupilId();
        markUnsent(KeyCode.M);

        // the workstation crashes: nothing is asked, the window's memory is gone; a fresh app over the same folder
        interact(() -> flow.connectedWindow().detach());
        link.restore();
        startApp(config());
        awaitScreen("ws-login");
        // meanwhile the office marks Ánh excused for the same session
        office.services().attendance().enterDay(officeAdmin, data.classId("6A"), OCT_15, DaySession.SANG,
                Map.of(anh, AttendanceCode.EXCUSED));
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");
        assertThat(listed()).containsExactly(new Row("6A", SHEET, "Nguyễn Thị Ánh", DAY, "M", KEPT));

        // "Gửi lại" sends it with the version seen before the crash: refused with who changed it and to what
        clickOn("#unsent-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.unsentDialog()).as("not saved: asked again").isNotNull();
        assertThat(listed()).extracting(Row::value, Row::state).containsExactly(tuple("M", "Bị từ chối: Ô này vừa được "
                + TestSchool.ADMIN + " sửa thành P; hãy xem lại trước khi lưu."));
        assertThat(officeMarks()).containsExactly(new AttendanceMark(anh, OCT_15, DaySession.SANG,
                AttendanceCode.EXCUSED));

        // "Bỏ": forgotten here (logged), the office PC keeps what it has
        clickOn("#unsent-discard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.unsentDialog()).isNull();
        assertThat(flow.screen()).isEqualTo("ws-main");
        assertThat(kept(TestSchool.HOMEROOM)).isEmpty();
        assertThat(officeMarks()).extracting(AttendanceMark::code).containsExactly(AttendanceCode.EXCUSED);
    }

    @Test
    void aDamagedKeptFileIsSetAsideWithAMessageAndNothingIsSent() throws Exception {
        WorkstationPairing pairing = officePc.pair(dataDir, "Phòng máy 10");
        Path file = dataDir.resolve(UnsentFile.FILE);
        String damaged = "{\"format\":2,\"entries\":[{\"office\":\"" + pairing.fingerprint() + "\",\"login\":\""
                + TestSchool.HOMEROOM + "\",\"mark\":{\"classId\":";
        Files.writeString(file, damaged, StandardCharsets.UTF_8);
        startApp(config());
        awaitScreen("ws-login");
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("ws-main");

        assertThat(flow.unsentDialog()).isNotNull();
        Path aside;
        try (var files = Files.list(dataDir)) {
            aside = files.filter(p -> p.getFileName().toString().endsWith(".damaged")).findFirst().orElseThrow();
        }
        assertThat(textOf("#unsent-header")).isEqualTo("Tệp ô chưa lưu trên máy này không dùng được");
        assertThat(textOf("#unsent-notice")).isEqualTo("Tệp ô chưa lưu trên máy này (" + file + ") bị hỏng nên không"
                + " đọc được. Không gửi gì lên máy văn phòng. Tệp được cất sang " + aside + " (không xoá) để xem lại;"
                + " các ô trong đó cần nhập lại.");
        assertThat(Files.readString(aside, StandardCharsets.UTF_8)).as("renamed, not deleted").isEqualTo(damaged);
        Screenshots.save(flow.unsentDialog().getScene().getRoot(), "lan-ws-kept-file-damaged.png");
        clickOn("#unsent-stay");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flow.unsentDialog()).isNull();
        assertThat(officeMarks()).isEmpty();
    }

    /** The office service restarts on the same port with the same certificate: every session is gone (ADR 0034). */
    private void restartOffice() {
        int port = pc.server().port();
        pc.server().close();
        restarted = OfficeServer.start(office.services(), office.workstations(),
                OfficeCertificate.loadOrCreate(officeDir, "Trường THCS Nguyễn Du", CLOCK), "127.0.0.1", port, CLOCK);
    }

    private List<UnsentMark> kept(String login) {
        WorkstationPairing p = WorkstationPairing.load(dataDir).orElseThrow();
        return new UnsentFile(dataDir, p.fingerprint(), login).marks().load();
    }

    private List<Row> listed() {
        TableView<Row> table = lookup("#unsent-table").queryTableView();
        return List.copyOf(table.getItems());
    }
}
