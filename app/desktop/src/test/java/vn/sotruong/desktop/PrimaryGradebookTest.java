package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.gradebook.GradebookViewModel.SheetChoice;
import vn.sotruong.desktop.gradebook.GridRow;

/** A tiểu học homeroom teacher's qualities and competences sheet and a Circular 27 subject in the same grid. */
class PrimaryGradebookTest extends FxTestBase {
    private static final String HOMEROOM = "gvcn.4a";
    private Actor admin;
    private long c4a;

    private void school() {
        var s = services();
        s.setup().initialise(new SchoolInit(new School("Trường Tiểu học Kim Đồng", "79000456", "TP. Hồ Chí Minh",
                "Phường Bến Thành", SchoolLevel.TIEU_HOC, "Nguyễn Thị Mai", false), 2026, TestSchool.ADMIN,
                "Nguyễn Văn Quản", TestSchool.PASSWORD.toCharArray()));
        s.accounts().createPersonDuringSetup(new NewPerson("Hồ Thị Thu", HOMEROOM, Set.of(Role.GVCN, Role.GVBM), null,
                null, TestSchool.PASSWORD.toCharArray()), false);
        admin = admin();
        long year = s.years().currentYear().orElseThrow().id();
        c4a = s.organisation().addClass(admin, year, 4, "4A", TestSchool.staffOf(s, admin, HOMEROOM));
        long toan = s.years().subjects(year).stream().filter(x -> x.code().equals("TOAN")).findFirst()
                .map(Subject::id).orElseThrow();
        s.organisation().assign(admin, year, c4a, toan, TestSchool.staffOf(s, admin, HOMEROOM));
        for (String[] p : new String[][] {{"TH001", "Lê Hoàng An"}, {"TH002", "Phan Minh Khôi"}}) {
            s.pupils().admit(admin, c4a, new Pupil(0, p[0], p[1], LocalDate.of(2016, 6, 1), Gender.NAM, null, "Kinh",
                    null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<GridRow> grid() {
        return lookup("#grade-grid").queryAs(TableView.class);
    }

    private TableCell<?, ?> cellNode(int row, String key) {
        return lookup(".grade-cell").match((TableCell<?, ?> c) -> c.getIndex() == row
                && key.equals(c.getTableColumn().getUserData())).query();
    }

    private String stored(SheetRef ref, int row, String slot) {
        return services().gradebook().sheet(admin, c4a, ref).rows().get(row).text(slot);
    }

    private void typeAndPress(String typed, KeyCode key) {
        write(typed);
        type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theHomeroomTeacherEntersQualitiesAndASubjectsLevelsAndTestScores() throws Exception {
        school();
        startApp(config());
        signIn(HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-gradebook");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<SheetChoice> sheets = lookup("#gradebook-sheet").queryComboBox();
        assertThat(sheets.getValue().label()).isEqualTo("Phẩm chất, năng lực (GVCN)");
        // grouped by assessment point; the term's two points, 15 qualities and competences each
        assertThat(grid().getColumns()).extracting(c -> c.getText()).containsExactly("STT", "Họ và tên",
                "Giữa học kì I", "Cuối học kì I");
        assertThat(grid().getColumns().get(2).getColumns()).hasSize(15);
        assertThat(grid().getColumns().get(2).getColumns().getFirst().getText()).isEqualTo("Yêu nước");

        clickOn(cellNode(0, "YEUNUOC.GHK1"));
        typeAndPress("T", KeyCode.TAB);
        typeAndPress("Đ", KeyCode.TAB);
        typeAndPress("x", KeyCode.TAB);
        assertThat(stored(SheetRef.qualities(), 0, "YEUNUOC.GHK1")).isEqualTo("T");
        assertThat(stored(SheetRef.qualities(), 0, "NHANAI.GHK1")).isEqualTo("Đ");
        assertThat(stored(SheetRef.qualities(), 0, "CHAMCHI.GHK1")).isNull();
        assertThat(textOf("#grade-error")).isEqualTo("Lê Hoàng An, Giữa học kì I – Chăm chỉ: Mức phẩm chất, năng lực "
                + "phải là T, Đ hoặc C.");
        Screenshots.save(stage.getScene().getRoot(), "gradebook-qualities.png");

        interact(() -> sheets.setValue(sheets.getItems().stream().filter(x -> x.label().equals("Toán")).findFirst()
                .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(grid().getColumns().get(2).getColumns()).extracting(c -> c.getText())
                .containsExactly("Mức", "Điểm KT", "Nhận xét");
        clickOn(cellNode(1, "GHK1.MUC"));
        typeAndPress("H", KeyCode.TAB);
        typeAndPress("8,5", KeyCode.ENTER);
        assertThat(stored(SheetRef.subject("TOAN"), 1, "GHK1.MUC")).isEqualTo("H");
        assertThat(stored(SheetRef.subject("TOAN"), 1, "GHK1.DIEM")).isNull();
        assertThat(textOf("#grade-error")).endsWith("Điểm bài kiểm tra định kì là số nguyên từ 0 đến 10.");
        typeAndPress("8", KeyCode.ENTER);
        assertThat(stored(SheetRef.subject("TOAN"), 1, "GHK1.DIEM")).isEqualTo("8.0");
    }
}
