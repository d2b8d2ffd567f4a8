package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryCell;
import vn.sotruong.desktop.results.ClassSummaryViewModel.SummaryRow;

/** Tổng hợp kết quả over a whole year entered through the services, and the principal's approval. */
class ClassSummaryPageTest extends FxTestBase {
    private GradebookData data;
    private Actor office;

    private void school() {
        TestSchool.create(services());
        office = admin();
        data = new GradebookData(services(), office);
        data.class6A();
        data.fill("6A", List.of(1, 2), List.of());
        long anh = services().gradebook().classBook(office, data.classId("6A")).roster().getFirst().pupilId();
        // RULES.md T1 as Ánh's Toán HK I
        data.save("6A", SheetRef.subject("TOAN"), List.of(CellEdit.of(anh, "HK1.TX1", "8"),
                CellEdit.of(anh, "HK1.TX2", "7"), CellEdit.of(anh, "HK1.TX3", "9"), CellEdit.of(anh, "HK1.TX4", "6,5"),
                CellEdit.of(anh, "HK1.GK", "7,5"), CellEdit.of(anh, "HK1.CK", "8,0")));
        data.admit("7A", "HS021", "Lý Thị Mai");
        data.admit("7A", "HS022", "Cao Văn Nam");
        data.fill("7A", List.of(1), List.of("HS022 TOAN HK1.CK"));
    }

    private void openSummaryAs(String login) throws Exception {
        school();
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-gradebook");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#gradebook-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<SummaryRow> table() {
        return lookup("#summary-table").queryAs(TableView.class);
    }

    private SummaryCell cell(String name, String key) {
        return table().getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().cell(key);
    }

    private void period(ResultPeriod p) {
        ComboBox<ResultPeriod> c = lookup("#summary-period").queryComboBox();
        interact(() -> c.setValue(p));
    }

    private void chooseClass(String name) {
        ComboBox<SchoolClass> c = lookup("#gradebook-class").queryComboBox();
        interact(() -> c.setValue(c.getItems().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow()));
    }

    @Test
    void thePrincipalSeesEachResultWithItsExplanationAndApprovesOnlyWhenNothingIsMissing() throws Exception {
        openSummaryAs(TestSchool.PRINCIPAL);
        assertThat(lookup("#gradebook-class").queryComboBox().getValue()).extracting(c -> ((SchoolClass) c).name())
                .isEqualTo("6A");
        assertThat(table().getItems()).hasSize(11);
        SummaryCell toan = cell("Nguyễn Thị Ánh", "TOAN");
        assertThat(toan.shown()).isEqualTo("7,7");
        assertThat(toan.note()).isEqualTo("(30,5 + 2 × 7,5 + 3 × 8,0) : (4 + 5) = 69,5 : 9 → 7,7");
        assertThat(cell("Nguyễn Thị Ánh", "GDTC").shown()).isEqualTo("Đ");
        assertThat(cell("Nguyễn Thị Ánh", "learning").shown()).isNotEmpty();
        assertThat(cell("Nguyễn Thị Ánh", "conduct").shown()).isEqualTo("Tốt");
        assertThat(cell("Nguyễn Thị Ánh", "absent").shown()).isEqualTo("0");
        assertThat(textOf("#summary-missing")).isEqualTo("Đã nhập đủ các đầu điểm, đánh giá bắt buộc của Học kì I.");
        // the pupil who left keeps her line, with nothing counted as missing
        assertThat(cell("Trịnh Khánh Linh", "missing").shown()).isEmpty();

        period(ResultPeriod.CN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell("Nguyễn Thị Ánh", "outcome").shown()).isEqualTo("Được lên lớp");
        // Châu's averages are all below 5,0: learning Chưa đạt, re-assessment in the summer, shown in red
        assertThat(cell("Lê Minh Châu", "learning").shown()).isEqualTo("Chưa đạt");
        assertThat(cell("Lê Minh Châu", "outcome").shown()).isEqualTo("Đánh giá lại trong hè");
        assertThat(cell("Lê Minh Châu", "outcome").warn()).isTrue();
        assertThat(cell("Lê Minh Châu", "outcome").note()).startsWith("Học tập cả năm Chưa đạt: đánh giá lại trong hè các môn");
        assertThat(table().getItems()).extracting(r -> r.cell("award").shown()).contains("Học sinh Giỏi",
                "Học sinh Xuất sắc");
        assertThat(cell("Trịnh Khánh Linh", "outcome").shown()).isEqualTo("Rời lớp 01/10/2026");
        assertThat(cell("Trịnh Khánh Linh", "GDTC").warn()).isFalse();

        clickOn("#summary-approve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#summary-info")).isEqualTo("Đã duyệt kết quả Cả năm của lớp 6A.");
        assertThat(textOf("#summary-approvals")).isEqualTo("Đã duyệt: Cả năm (hieutruong, 15/10/2026 10:00:00).");
        assertThat(services().results().approvals(office, data.classId("6A"))).extracting(Approval::period)
                .containsExactly("CN");
        interact(() -> stage.setWidth(1780));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene().getRoot(), "class-summary.png");
        interact(() -> stage.setWidth(1366));

        chooseClass("7A");
        period(ResultPeriod.HK1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#summary-missing")).isEqualTo("Còn 1 đầu điểm, đánh giá bắt buộc chưa nhập (1 học sinh) "
                + "của Học kì I.");
        assertThat(cell("Cao Văn Nam", "missing").shown()).isEqualTo("1");
        assertThat(cell("Cao Văn Nam", "missing").note()).isEqualTo("MON/TOAN HK1 CK");
        assertThat(cell("Cao Văn Nam", "TOAN").shown()).isEmpty();
        assertThat(cell("Cao Văn Nam", "TOAN").note()).startsWith("Chưa đủ đầu điểm: thiếu 1");
        clickOn("#summary-approve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#summary-error")).isEqualTo("Lớp 7A còn 1 đầu điểm/đánh giá chưa nhập (ví dụ HS022: "
                + "MON/TOAN HK1 CK); chưa thể duyệt.");
        assertThat(services().results().approvals(office, data.classId("7A"))).isEmpty();
    }

    @Test
    void aTeacherReadsTheSummaryOfTheirClassButHasNoApproveButton() throws Exception {
        openSummaryAs(TestSchool.TEACHER);
        assertThat(table().getItems()).isNotEmpty();
        assertThat(lookup("#summary-approve").query().isVisible()).isFalse();
        assertThat(cell("Nguyễn Thị Ánh", "TOAN").shown()).isEqualTo("7,7");
    }
}
