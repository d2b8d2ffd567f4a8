package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.server.wire.Wire.AttendanceClassView;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.desktop.attendance.GridRow;

/** The Điểm danh page: a homeroom teacher types a few days with the keyboard only and saves the month. */
class AttendancePageTest extends FxTestBase {
    private static final LocalDate SEPT_7 = LocalDate.of(2026, 9, 7);
    /** The test clock's day, a Thursday. */
    private static final LocalDate OCT_15 = LocalDate.of(2026, 10, 15);
    private static final LocalDate OCT_16 = LocalDate.of(2026, 10, 16);

    private long classId(String name) {
        long year = services().years().currentYear().orElseThrow().id();
        return services().organisation().classes(admin(), year).stream().filter(c -> c.name().equals(name))
                .findFirst().map(SchoolClass::id).orElseThrow();
    }

    private long admit(String className, String code, String name) {
        return services().pupils().admit(admin(), classId(className), new Pupil(0, code, name,
                LocalDate.of(2014, 4, 1), Gender.NU, null, "Kinh", null, false, null, null, null, null, null, null),
                SEPT_7, null);
    }

    /** 6A in class-list order: Ánh, Bảo, Châu, Dũng, Em, and Giang who transferred out on 12/10. */
    private void school() {
        TestSchool.create(services());
        admit("6A", "HS001", "Trần Văn Bảo");
        admit("6A", "HS002", "Nguyễn Thị Ánh");
        admit("6A", "HS003", "Lê Minh Châu");
        admit("6A", "HS004", "Phạm Văn Dũng");
        admit("6A", "HS005", "Hoàng Thị Em");
        long giang = admit("6A", "HS006", "Võ Văn Giang");
        admit("7A", "HS007", "Đặng Thu Hà");
        services().movements().transferOut(admin(), giang, LocalDate.of(2026, 10, 12), "Trường THCS Lê Lợi", "chuyển nhà");
    }

    private void open(String login) throws Exception {
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-attendance");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<GridRow> grid() {
        return lookup("#attendance-grid").queryAs(TableView.class);
    }

    private List<AttendanceMark> stored() {
        return services().stores().attendance().marks(classId("6A"), SEPT_7, LocalDate.of(2027, 6, 1));
    }

    private void key(KeyCode... codes) {
        for (KeyCode c : codes) {
            type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String query) {
        for (Node n = lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theHomeroomTeacherTypesTwoDaysWithTheKeyboardAndSavesTheMonth() throws Exception {
        school();
        open(TestSchool.HOMEROOM);
        ComboBox<AttendanceClassView> classes = lookup("#attendance-class").queryComboBox();
        assertThat(classes.getItems()).extracting(AttendanceClassView::className).containsExactly("6A");
        ComboBox<YearMonth> months = lookup("#attendance-month").queryComboBox();
        assertThat(months.getValue()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(grid().getItems()).extracting(r -> r.fullName()).containsExactly("Nguyễn Thị Ánh",
                "Trần Văn Bảo", "Lê Minh Châu", "Phạm Văn Dũng", "Hoàng Thị Em", "Võ Văn Giang");
        // 22 school days in October, then P, K, M, month and year totals
        assertThat(grid().getVisibleLeafColumns()).hasSize(2 + 22 + 5);
        assertThat(grid().getFocusModel().getFocusedCell().getTableColumn().getText()).isEqualTo("15\nT5");

        // 15/10 down the column: Ánh K, Bảo P, Châu present, Dũng M, Em K; Giang had left (nothing taken);
        // after the last pupil the cursor is at the top of 16/10: Ánh P
        interact(() -> grid().requestFocus());
        key(KeyCode.K, KeyCode.P, KeyCode.SPACE, KeyCode.M, KeyCode.K, KeyCode.K, KeyCode.P);
        // back to Bảo on 15/10: Delete makes him present again
        key(KeyCode.LEFT, KeyCode.DELETE);

        assertThat(textOf("#attendance-pending")).isEqualTo("Chưa lưu: 2 ngày");
        GridRow anh = grid().getItems().getFirst();
        assertThat(anh.monthProperty().get()).isEqualTo(new AbsenceTally(1, 1, 0));
        // Giang left on 12/10: 09/10 (column 6) was his, 15/10 (column 10) is closed and took nothing
        GridRow giang = grid().getItems().get(5);
        assertThat(giang.open(6)).isTrue();
        assertThat(giang.open(10)).isFalse();
        assertThat(giang.cell(10).get()).isNull();
        assertThat(lookup("#attendance-class").query().isDisabled()).isTrue();
        assertThat(stored()).isEmpty();
        Screenshots.save(stage.getScene().getRoot(), "attendance-typing.png");

        clickOn("#attendance-save-month");
        WaitForAsyncUtils.waitForFxEvents();

        long anhId = anh.pupilId();
        long dung = grid().getItems().get(3).pupilId();
        long em = grid().getItems().get(4).pupilId();
        assertThat(stored()).containsExactlyInAnyOrder(
                new AttendanceMark(anhId, OCT_15, DaySession.SANG, AttendanceCode.UNEXCUSED),
                new AttendanceMark(dung, OCT_15, DaySession.SANG, AttendanceCode.LATE),
                new AttendanceMark(em, OCT_15, DaySession.SANG, AttendanceCode.UNEXCUSED),
                new AttendanceMark(anhId, OCT_16, DaySession.SANG, AttendanceCode.EXCUSED));
        assertThat(textOf("#attendance-info")).isEqualTo("Đã lưu điểm danh 2 ngày.");
        assertThat(textOf("#attendance-pending")).isEmpty();
        assertThat(textOf("#attendance-totals")).isEqualTo(
                "Cả lớp 6 học sinh, trong tháng: 1 buổi có phép, 2 buổi không phép, 1 lần muộn (3 buổi nghỉ).");
        assertThat(services().audit().latest(admin(), 5)).filteredOn(e -> e.kind() == AuditKind.ATTENDANCE_CHANGED)
                .hasSize(2).allSatisfy(e -> assertThat(e.actorLogin()).isEqualTo(TestSchool.HOMEROOM));
        assertThat(lookup("#attendance-class").query().isDisabled()).isFalse();
        Screenshots.save(stage.getScene().getRoot(), "attendance-month.png");
    }

    @Test
    void withTwoSessionsEachDayHasAMorningAndAnAfternoonAndASubjectTeacherOnlyReads() throws Exception {
        school();
        services().settingsService().update(admin(), SchoolSettings.ATTENDANCE_SESSIONS, "2");
        long anh = services().pupils().search(admin(), "HS002").getFirst().id();
        services().attendance().enterDay(admin(), classId("6A"), OCT_15, DaySession.CHIEU,
                Map.of(anh, AttendanceCode.EXCUSED));
        open(TestSchool.TEACHER);

        ComboBox<AttendanceClassView> classes = lookup("#attendance-class").queryComboBox();
        assertThat(classes.getItems()).extracting(AttendanceClassView::className).containsExactly("6A", "7A");
        TableColumn<GridRow, ?> oct15 = grid().getColumns().stream().filter(c -> c.getText().equals("15\nT5"))
                .findFirst().orElseThrow();
        assertThat(oct15.getColumns()).extracting(TableColumn::getText).containsExactly("S", "C");
        assertThat(grid().getVisibleLeafColumns()).hasSize(2 + 44 + 5);
        assertThat(shown("#attendance-save-month")).isFalse();

        interact(() -> grid().requestFocus());
        key(KeyCode.K);
        assertThat(textOf("#attendance-pending")).isEmpty();
        assertThat(stored()).hasSize(1);
        assertThat(grid().getItems().getFirst().monthProperty().get()).isEqualTo(new AbsenceTally(1, 0, 0));
        Screenshots.save(stage.getScene().getRoot(), "attendance-two-sessions.png");
    }
}
