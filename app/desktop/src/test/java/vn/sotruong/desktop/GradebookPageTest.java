package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.desktop.gradebook.GradebookViewModel.SheetChoice;
import vn.sotruong.desktop.gradebook.GridCell;
import vn.sotruong.desktop.gradebook.GridRow;

/**
 * The Sổ điểm entry grid driven with the keyboard like a teacher would, over the test school's 6A with
 * real pupils; every value is checked in the store through the service.
 */
class GradebookPageTest extends FxTestBase {
    private GradebookData data;
    /** The administrator signed in once: every sign-in is itself an audit record. */
    private vn.sotruong.core.security.Actor office;

    private void openAs(String login) throws Exception {
        openAs(login, () -> {
        });
    }

    private void openAs(String login, Runnable moreData) throws Exception {
        TestSchool.create(services());
        office = admin();
        data = new GradebookData(services(), office);
        data.class6A();
        moreData.run();
        startApp(config());
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-gradebook");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Toán HK I of the pupils from Hà on, as an earlier session would have left it (realistic screenshots). */
    private void someScoresAlreadyEntered() {
        List<vn.sotruong.core.gradebook.CellEdit> edits = new java.util.ArrayList<>();
        Sheet s = services().gradebook().sheet(office, data.classId("6A"), SheetRef.subject("TOAN"));
        int p = 0;
        for (var r : s.rows()) {
            p++;
            if (p < 5 || !r.pupil().current()) {
                continue;
            }
            String[] slots = {"HK1.TX1", "HK1.TX2", "HK1.TX3", "HK1.TX4", "HK1.GK", "HK1.CK"};
            for (int k = 0; k < slots.length; k++) {
                // the last pupil's end-of-term test is not written yet
                if (p < s.rows().size() || k < 5) {
                    edits.add(vn.sotruong.core.gradebook.CellEdit.of(r.pupil().pupilId(), slots[k],
                            GradebookData.score(p, 1, k)));
                }
            }
        }
        edits.add(vn.sotruong.core.gradebook.CellEdit.of(s.rows().get(5).pupil().pupilId(), "HK1.NX",
                "Tiến bộ rõ; cần cẩn thận hơn khi tính toán."));
        data.save("6A", SheetRef.subject("TOAN"), edits);
    }

    private final GridLookup grid = new GridLookup(this);

    private TableView<GridRow> grid() {
        return grid.grid();
    }

    private int row(String name) {
        return grid.row(name);
    }

    private GridCell cell(String name, String key) {
        return grid.cell(name, key);
    }

    private TableCell<?, ?> cellNode(String name, String key) {
        return grid.cellNode(name, key);
    }

    /** The stored value (canonical, "7.5"), read through the service as the administrator. */
    private String stored(String sheetCode, String name, String slot) {
        Sheet s = services().gradebook().sheet(office, data.classId("6A"), sheetCode == null ? SheetRef.conduct()
                : SheetRef.subject(sheetCode));
        return s.rows().stream().filter(r -> r.pupil().pupil().fullName().equals(name)).findFirst().orElseThrow()
                .text(slot);
    }

    private void typeAndPress(String typed, KeyCode key) {
        write(typed);
        type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What Excel leaves on the clipboard for a copied block, then Ctrl+V in the grid. */
    private void pasteFromExcel(String block) {
        interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(block);
            Clipboard.getSystemClipboard().setContent(c);
        });
        push(KeyCode.CONTROL, KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseSheet(String label) {
        ComboBox<SheetChoice> c = lookup("#gradebook-sheet").queryComboBox();
        interact(() -> c.setValue(c.getItems().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow()));
    }

    @Test
    void aTeacherTypesATermWithTheKeyboardSeesTheAverageAndARefusalSavesNothing() throws Exception {
        openAs(TestSchool.TEACHER, this::someScoresAlreadyEntered);
        ComboBox<SheetChoice> sheets = lookup("#gradebook-sheet").queryComboBox();
        assertThat(sheets.getValue().label()).isEqualTo("Toán");
        assertThat(sheets.getItems().get(1).label()).isEqualTo("Ngữ văn (chỉ xem)");
        assertThat(lookup("#gradebook-class").queryComboBox().getItems()).extracting(Object::toString)
                .hasSize(2);
        assertThat(textOf("#grade-save-state")).isEqualTo("Mỗi ô được lưu ngay khi nhập xong");
        assertThat(grid().getColumns()).extracting(c -> c.getText()).containsExactly("STT", "Họ và tên", "TX1", "TX2",
                "TX3", "TX4", "GK", "CK", "ĐTBmhk", "Nhận xét", "Miễn");

        // RULES.md T1, typed with the keyboard only: 8; 7; 9; 6,5 / 7,5 / 8,0 → 7,7
        clickOn(cellNode("Nguyễn Thị Ánh", "HK1.TX1"));
        typeAndPress("8", KeyCode.TAB);
        typeAndPress("7", KeyCode.TAB);
        typeAndPress("9", KeyCode.TAB);
        typeAndPress("6,5", KeyCode.TAB);
        typeAndPress("7,5", KeyCode.TAB);
        typeAndPress("8", KeyCode.ENTER);
        assertThat(List.of("TX1", "TX2", "TX3", "TX4", "GK", "CK")).extracting(c -> stored("TOAN", "Nguyễn Thị Ánh",
                "HK1." + c)).containsExactly("8.0", "7.0", "9.0", "6.5", "7.5", "8.0");
        GridCell average = cell("Nguyễn Thị Ánh", "=HK1");
        assertThat(average.shown()).isEqualTo("7,7");
        assertThat(average.note()).isEqualTo("(30,5 + 2 × 7,5 + 3 × 8,0) : (4 + 5) = 69,5 : 9 → 7,7");
        assertThat(cell("Nguyễn Thị Ánh", "HK1.TX4").shown()).isEqualTo("6,5");
        // Enter moved down to the next pupil's CK
        assertThat(grid().getFocusModel().getFocusedCell().getRow()).isEqualTo(row("Trần Văn Bảo"));
        assertThat(grid().getFocusModel().getFocusedCell().getTableColumn().getUserData()).isEqualTo("HK1.CK");
        assertThat(textOf("#grade-save-state")).isEqualTo("Đã lưu lúc 15/10/2026 10:00:00");

        // a block of 2 × 3 copied from Excel, pasted at Châu's TX1
        clickOn(cellNode("Lê Minh Châu", "HK1.TX1"));
        pasteFromExcel("7\t8\t9\r\n6,5\t7\t8,5\r\n");
        assertThat(List.of("TX1", "TX2", "TX3")).extracting(c -> stored("TOAN", "Lê Minh Châu", "HK1." + c))
                .containsExactly("7.0", "8.0", "9.0");
        assertThat(List.of("TX1", "TX2", "TX3")).extracting(c -> stored("TOAN", "Phạm Quốc Dũng", "HK1." + c))
                .containsExactly("6.5", "7.0", "8.5");
        assertThat(textOf("#grade-info")).isEqualTo("Đã dán: lưu 6 trong 6 ô.");

        // 11 is refused on the cell, in red, and nothing is saved
        int changesBefore = services().audit().latest(office, 100).size();
        clickOn(cellNode("Trần Văn Bảo", "HK1.TX1"));
        typeAndPress("11", KeyCode.ENTER);
        assertThat(textOf("#grade-error")).isEqualTo("Trần Văn Bảo, Đánh giá thường xuyên lần 1: Điểm phải từ 0 đến 10.");
        assertThat(cell("Trần Văn Bảo", "HK1.TX1").state()).isEqualTo(GridCell.State.REFUSED);
        assertThat(cell("Trần Văn Bảo", "HK1.TX1").shown()).isEqualTo("11");
        assertThat(stored("TOAN", "Trần Văn Bảo", "HK1.TX1")).isNull();
        assertThat(services().audit().latest(office, 100)).hasSize(changesBefore);
        assertThat(textOf("#grade-save-state")).isEqualTo("1 ô chưa lưu (tô đỏ)");
        assertThat(textOf("#grade-cell-info")).isEqualTo("Trần Văn Bảo · Đánh giá thường xuyên lần 1: Điểm phải từ 0 "
                + "đến 10.");
        // the refused cell stays selected for the correction
        assertThat(grid().getFocusModel().getFocusedCell().getRow()).isEqualTo(row("Trần Văn Bảo"));

        clickOn(cellNode("Nguyễn Thị Ánh", "=HK1"));
        assertThat(textOf("#grade-cell-info")).isEqualTo("Nguyễn Thị Ánh · Điểm trung bình môn Học kì I: "
                + "(30,5 + 2 × 7,5 + 3 × 8,0) : (4 + 5) = 69,5 : 9 → 7,7");
        Screenshots.save(stage.getScene().getRoot(), "gradebook-entry.png");

        clickOn(cellNode("Trần Văn Bảo", "HK1.TX1"));
        typeAndPress("9", KeyCode.ENTER);
        assertThat(stored("TOAN", "Trần Văn Bảo", "HK1.TX1")).isEqualTo("9.0");
        assertThat(cell("Trần Văn Bảo", "HK1.TX1").state()).isEqualTo(GridCell.State.SAVED);
        assertThat(textOf("#grade-save-state")).startsWith("Đã lưu lúc");

        // Delete clears a saved cell
        clickOn(cellNode("Lê Minh Châu", "HK1.TX3"));
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored("TOAN", "Lê Minh Châu", "HK1.TX3")).isNull();
    }

    @Test
    void aTeacherReadsButCannotChangeASubjectTheyAreNotAssignedNorAPupilWhoLeft() throws Exception {
        openAs(TestSchool.TEACHER);
        assertThat(cell("Trịnh Khánh Linh", "HK1.TX2").shown()).isEqualTo("7,5");
        clickOn(cellNode("Trịnh Khánh Linh", "HK1.TX3"));
        typeAndPress("8", KeyCode.ENTER);
        assertThat(textOf("#grade-error")).isEqualTo("Trịnh Khánh Linh đã rời lớp ngày 01/10/2026: chỉ xem.");
        assertThat(stored("TOAN", "Trịnh Khánh Linh", "HK1.TX3")).isNull();

        chooseSheet("Ngữ văn (chỉ xem)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#grade-readonly")).isTrue();
        clickOn(cellNode("Nguyễn Thị Ánh", "HK1.TX1"));
        typeAndPress("8", KeyCode.ENTER);
        assertThat(textOf("#grade-error")).isEqualTo("Bạn chỉ được xem sổ này: bạn không được phân công nhập sổ này.");
        assertThat(lookup("#grade-editor").tryQuery()).isEmpty();
        assertThat(stored("NGUVAN", "Nguyễn Thị Ánh", "HK1.TX1")).isNull();

        // a block pasted into it is refused as a whole
        pasteFromExcel("7\t8");
        assertThat(stored("NGUVAN", "Nguyễn Thị Ánh", "HK1.TX1")).isNull();
    }

    @Test
    void theOfficeReachesEveryClassAndEntersAnySheet() throws Exception {
        openAs(TestSchool.ADMIN);
        assertThat(lookup("#gradebook-class").queryComboBox().getItems()).extracting(Object::toString).hasSize(3);
        ComboBox<SheetChoice> sheets = lookup("#gradebook-sheet").queryComboBox();
        assertThat(sheets.getItems()).extracting(SheetChoice::label).first().isEqualTo("Ngữ văn");
        assertThat(sheets.getItems()).extracting(SheetChoice::label).noneMatch(l -> l.endsWith("(chỉ xem)"))
                .contains("Rèn luyện (GVCN)");
        assertThat(visible("#grade-readonly")).isFalse();
        clickOn(cellNode("Phạm Quốc Dũng", "HK1.GK"));
        typeAndPress("6,5", KeyCode.ENTER);
        assertThat(stored("NGUVAN", "Phạm Quốc Dũng", "HK1.GK")).isEqualTo("6.5");
    }

    @Test
    void theGridShowsWhatIsDueSoonAndOverdueAndMarksThePupilsStillWithoutAValue() throws Exception {
        openAs(TestSchool.TEACHER, () -> {
            someScoresAlreadyEntered();
            var settings = services().stores().settings();
            // the school's own deadlines: TX1–TX2 by week 4 (Sunday 04/10/2026, overdue on 15/10), the mid-term
            // test on 08/10 (due ten working days later, 22/10: within the week)
            settings.put(vn.sotruong.core.deadline.DeadlineSettings.REGULAR_WEEKS, "4,17,26,34");
            settings.put(vn.sotruong.core.deadline.DeadlineSettings.testDateKey("2026-2027", "HK1.GK"), "08/10/2026");
        });
        long missingTx1 = grid().getItems().stream().filter(r -> r.current() && r.cell("HK1.TX1").get().shown().isEmpty())
                .count();
        assertThat(missingTx1).isPositive();
        assertThat(textOf("#deadline-HK1-TX1")).isEqualTo("TX1 · quá hạn 04/10/2026, thiếu " + missingTx1);
        assertThat(textOf("#deadline-HK1-TX3")).isEqualTo("TX3 · hạn 03/01/2027");
        assertThat(textOf("#deadline-HK1-GK")).isEqualTo("GK · còn 7 ngày, thiếu " + missingTx1);
        assertThat(lookup("#deadline-HK1-TX1").queryLabeled().getStyleClass()).contains("danger");
        assertThat(cell("Nguyễn Thị Ánh", "HK1.TX1").state()).isEqualTo(GridCell.State.MISSING);
        assertThat(cell("Nguyễn Thị Ánh", "HK1.TX3").state()).isEqualTo(GridCell.State.EMPTY);
        clickOn(cellNode("Nguyễn Thị Ánh", "HK1.TX1"));
        assertThat(textOf("#grade-cell-info")).isEqualTo("Nguyễn Thị Ánh · Đánh giá thường xuyên lần 1: Quá hạn nhập "
                + "(hạn 04/10/2026): chưa có điểm");
        Screenshots.save(stage.getScene().getRoot(), "gradebook-deadlines.png");

        // a late first entry is still taken (and counted late); the chip counts one pupil fewer
        typeAndPress("8", KeyCode.ENTER);
        assertThat(stored("TOAN", "Nguyễn Thị Ánh", "HK1.TX1")).isEqualTo("8.0");
        assertThat(cell("Nguyễn Thị Ánh", "HK1.TX1").state()).isEqualTo(GridCell.State.SAVED);
        assertThat(textOf("#deadline-HK1-TX1")).isEqualTo("TX1 · quá hạn 04/10/2026, thiếu " + (missingTx1 - 1));
    }

    @Test
    void aCellChangedMeanwhileSaysWhoChangedItToWhatAndReloads() throws Exception {
        openAs(TestSchool.TEACHER);
        // someone else (the office's import) writes the cell after the teacher opened the grid
        long anh = grid().getItems().get(row("Nguyễn Thị Ánh")).pupilId();
        data.save("6A", SheetRef.subject("TOAN"), List.of(vn.sotruong.core.gradebook.CellEdit.of(anh, "HK1.GK", "9")));

        clickOn(cellNode("Nguyễn Thị Ánh", "HK1.GK"));
        typeAndPress("6", KeyCode.ENTER);
        assertThat(textOf("#grade-error")).isEqualTo("Nguyễn Thị Ánh, Đánh giá giữa kì: Ô này vừa được admin sửa thành "
                + "9,0; hãy xem lại trước khi lưu. Giá trị bạn vừa nhập (6) chưa được lưu.");
        assertThat(stored("TOAN", "Nguyễn Thị Ánh", "HK1.GK")).isEqualTo("9.0");
        assertThat(cell("Nguyễn Thị Ánh", "HK1.GK").shown()).isEqualTo("9,0");

        // with the reloaded version the teacher's correction is saved
        typeAndPress("6", KeyCode.ENTER);
        assertThat(stored("TOAN", "Nguyễn Thị Ánh", "HK1.GK")).isEqualTo("6.0");
    }

    @Test
    void theHomeroomTeacherEntersConductWithTheRegisterAbbreviations() throws Exception {
        openAs(TestSchool.HOMEROOM);
        ComboBox<SheetChoice> sheets = lookup("#gradebook-sheet").queryComboBox();
        assertThat(sheets.getValue().label()).isEqualTo("Rèn luyện (GVCN)");
        assertThat(sheets.getItems().get(1).label()).isEqualTo("Ngữ văn");
        assertThat(lookup("#gradebook-term").queryComboBox().isDisabled()).isTrue();
        assertThat(grid().getColumns()).extracting(c -> c.getText()).containsExactly("STT", "Họ và tên", "Học kì I",
                "Học kì II", "Rèn luyện hè");

        clickOn(cellNode("Nguyễn Thị Ánh", "HK1"));
        typeAndPress("T", KeyCode.ENTER);
        typeAndPress("Khá", KeyCode.ENTER);
        typeAndPress("Giỏi", KeyCode.ENTER);
        assertThat(stored(null, "Nguyễn Thị Ánh", "HK1")).isEqualTo("T");
        assertThat(stored(null, "Trần Văn Bảo", "HK1")).isEqualTo("K");
        assertThat(cell("Nguyễn Thị Ánh", "HK1").shown()).isEqualTo("Tốt");
        assertThat(textOf("#grade-error")).isEqualTo("Lê Minh Châu, Học kì I: Mức đánh giá phải là Tốt, Khá, Đạt hoặc "
                + "Chưa đạt.");
        assertThat(stored(null, "Lê Minh Châu", "HK1")).isNull();
        assertThat(Map.of("state", cell("Lê Minh Châu", "HK1").state())).containsEntry("state", GridCell.State.REFUSED);
    }

}
