package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.locks.LockAction;
import vn.sotruong.core.locks.LockDecision;
import vn.sotruong.desktop.locks.LockFormViewModel.Pick;
import vn.sotruong.desktop.locks.LocksViewModel.DeadlineRow;
import vn.sotruong.desktop.locks.LocksViewModel.DecisionRow;

/**
 * Khóa sổ điểm as the administrator: a lock of 6A's Toán mid-term on the principal's decision, then an opening that
 * only the principal's own password confirms; empty reasons and wrong passwords are refused, translated, and
 * record nothing.
 */
class LocksPageTest extends FxTestBase {
    private long yearId;

    private void openAsAdmin() throws Exception {
        TestSchool.create(services());
        yearId = services().years().currentYear().orElseThrow().id();
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-locks");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private java.util.List<LockDecision> decisions() {
        return services().locks().decisions(admin(), yearId);
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, String label) {
        ComboBox<Pick<T>> c = lookup(id).queryComboBox();
        interact(() -> c.setValue(c.getItems().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow()));
    }

    private void save() {
        clickOn("#lock-form-save");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorLocksOnTheDecisionAndOpensOnlyWithThePrincipalsOwnPassword() throws Exception {
        openAsAdmin();
        TableView<DecisionRow> table = lookup("#locks-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(textOf("#locks-automatic")).startsWith("Đang bật");
        TableView<DeadlineRow> deadlines = lookup("#locks-deadlines").queryAs(TableView.class);
        assertThat(deadlines.getItems()).hasSize(6);
        assertThat(deadlines.getItems().getFirst().column()).isEqualTo("Thường xuyên nửa đầu");
        assertThat(deadlines.getItems().getFirst().term1()).isEqualTo("01/11/2026 · Còn hạn");

        // Khóa: an empty reason is refused and nothing is recorded
        clickOn("#locks-lock");
        WaitForAsyncUtils.waitForFxEvents();
        choose("#lock-class", "6A");
        choose("#lock-subject", "Toán");
        choose("#lock-columns", "Giữa kì · Học kì I");
        save();
        assertThat(textOf("#lock-form-error")).isEqualTo("Cần ghi lí do khóa / mở khóa.");
        assertThat(decisions()).isEmpty();
        fill("#lock-reason", "Đã kiểm tra giữa kì, Hiệu trưởng quyết định khóa");
        save();
        assertThat(lookup("#lock-form").tryQuery()).isEmpty();
        assertThat(decisions()).singleElement().satisfies(d -> {
            assertThat(d.action()).isEqualTo(LockAction.LOCK);
            assertThat(d.columns().toString()).isEqualTo("GK:1");
            assertThat(d.scope().subjectCode()).isEqualTo("TOAN");
        });
        assertThat(textOf("#locks-info")).isEqualTo("Đã ghi quyết định khóa.");
        assertThat(table.getItems()).singleElement().satisfies(r -> {
            assertThat(r.scope()).isEqualTo("Lớp 6A · Toán");
            assertThat(r.columns()).isEqualTo("Giữa kì · Học kì I");
            assertThat(r.action()).isEqualTo("Khóa");
        });

        // Mở khóa: the principal must type their own password; wrong ones change nothing
        clickOn("#locks-open");
        WaitForAsyncUtils.waitForFxEvents();
        choose("#lock-class", "6A");
        choose("#lock-subject", "Toán");
        choose("#lock-columns", "Giữa kì · Học kì I");
        fill("#lock-reason", "Cô Toàn nhập nhầm cột, Hiệu trưởng cho mở lại");
        fill("#lock-principal", TestSchool.PRINCIPAL);
        fill("#lock-principal-password", "sai-mat-khau");
        save();
        assertThat(textOf("#lock-form-error"))
                .isEqualTo("Hiệu trưởng chưa xác nhận được: Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(lookup("#lock-principal-password").queryTextInputControl().getText()).isEmpty();
        // the administrator's own sign-in is no principal's confirmation
        fill("#lock-principal", TestSchool.ADMIN);
        fill("#lock-principal-password", TestSchool.PASSWORD);
        save();
        assertThat(textOf("#lock-form-error")).startsWith("Mở khóa sổ điểm cần Hiệu trưởng xác nhận");
        assertThat(decisions()).hasSize(1);

        fill("#lock-principal", TestSchool.PRINCIPAL);
        fill("#lock-principal-password", TestSchool.PASSWORD);
        javafx.scene.control.DatePicker until = lookup("#lock-until").queryAs(javafx.scene.control.DatePicker.class);
        interact(() -> until.getEditor().setText("30/10/2026"));
        Node form = lookup("#lock-form").query();
        Screenshots.save(form, "locks-open-dialog.png");
        save();
        assertThat(decisions()).hasSize(2).last().satisfies(d -> {
            assertThat(d.action()).isEqualTo(LockAction.OPEN);
            assertThat(d.decidedBy()).isEqualTo(TestSchool.PRINCIPAL);
            assertThat(d.recordedBy()).isEqualTo(TestSchool.ADMIN);
            assertThat(d.openUntil()).isEqualTo(java.time.LocalDate.of(2026, 10, 30));
        });
        assertThat(table.getItems()).hasSize(2).first().satisfies(r -> {
            assertThat(r.action()).isEqualTo("Mở khóa");
            assertThat(r.decidedBy()).isEqualTo(TestSchool.PRINCIPAL);
            assertThat(r.until()).isEqualTo("30/10/2026");
        });
        Screenshots.save(stage.getScene().getRoot(), "locks-page.png");
    }

    @Test
    void thePrincipalSeesTheDecisionsButRecordsNone() throws Exception {
        TestSchool.create(services());
        startApp(config());
        signIn(TestSchool.PRINCIPAL, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-locks");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#locks-page").tryQuery()).isPresent();
        assertThat(lookup("#locks-lock").tryQuery()).isEmpty();
        assertThat(lookup("#locks-open").tryQuery()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAutomaticLockShowsItsDeadlineOnThePageAndInTheGrid() throws Exception {
        TestSchool.create(services());
        // the school gives the first half of HK I's regular assessments until the end of week 2
        services().stores().settings().put(vn.sotruong.core.deadline.DeadlineSettings.REGULAR_WEEKS, "2,17,26,34");
        GradebookData data = new GradebookData(services(), admin());
        data.class6A();
        var sheet = services().gradebook().sheet(admin(), data.classId("6A"), vn.sotruong.core.gradebook.SheetRef.subject("TOAN"));
        long anh = sheet.rows().getFirst().pupil().pupilId();
        data.save("6A", vn.sotruong.core.gradebook.SheetRef.subject("TOAN"),
                java.util.List.of(vn.sotruong.core.gradebook.CellEdit.of(anh, "HK1.TX1", "8")));
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-locks");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DeadlineRow> deadlines = lookup("#locks-deadlines").queryAs(TableView.class);
        assertThat(deadlines.getItems().getFirst().term1()).matches("\\d\\d/09/2026 · Đã khóa từ \\d\\d/09/2026");

        clickOn("#nav-gradebook");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<vn.sotruong.desktop.gradebook.GradebookViewModel.SheetChoice> sheets = lookup("#gradebook-sheet").queryComboBox();
        interact(() -> sheets.setValue(sheets.getItems().stream().filter(x -> x.label().startsWith("Toán")).findFirst()
                .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<vn.sotruong.desktop.gradebook.GridRow> grid = lookup("#grade-grid").queryAs(TableView.class);
        vn.sotruong.desktop.gradebook.GridCell entered = grid.getItems().getFirst().cell("HK1.TX1").get();
        assertThat(entered.locked()).isTrue();
        assertThat(entered.lock()).matches("Ô đã khóa\\. Đã quá hạn nhập \\(\\d\\d/09/2026\\): điểm đã nhập chỉ được sửa "
                + "qua biên bản sửa chữa điểm.*");
        // an empty cell may still be filled, late
        assertThat(grid.getItems().get(1).cell("HK1.TX1").get().locked()).isFalse();
    }
}
