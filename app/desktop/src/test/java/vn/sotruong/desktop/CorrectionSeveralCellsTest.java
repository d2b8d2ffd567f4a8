package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.correction.CorrectionItem;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.gradebook.CellTarget;

/**
 * Several cells in one correction minute from the grid: the draft opened on one locked cell takes another locked
 * cell of the same sheet with its own right value. Adding nothing, or the same cell twice, is refused with a
 * translated message and drafts nothing.
 */
class CorrectionSeveralCellsTest extends FxTestBase {
    private static final String ANH = "Nguyễn Thị Ánh";
    private static final String BAO = "Trần Văn Bảo";
    private Actor office;
    private long yearId;

    private void twoLockedScores() {
        TestSchool.create(services());
        office = admin();
        GradebookData data = new GradebookData(services(), office);
        data.class6A();
        long classId = data.classId("6A");
        yearId = services().years().currentYear().orElseThrow().id();
        var rows = services().gradebook().sheet(office, classId, SheetRef.subject("TOAN")).rows();
        long anh = rows.stream().filter(r -> r.pupil().pupil().fullName().equals(ANH)).findFirst().orElseThrow()
                .pupil().pupilId();
        long bao = rows.stream().filter(r -> r.pupil().pupil().fullName().equals(BAO)).findFirst().orElseThrow()
                .pupil().pupilId();
        data.save("6A", SheetRef.subject("TOAN"), List.of(CellEdit.of(anh, "HK1.TX1", "5"), CellEdit.of(bao, "HK1.TX1",
                "4")));
        services().locks().lock(office, yearId, LockScope.ofClassSubject(classId, "TOAN"), LockColumns.parse("TX:1"),
                "Hiệu trưởng quyết định khóa điểm thường xuyên HK I");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftTakesAnotherLockedCellOfTheSheet() throws Exception {
        twoLockedScores();
        startApp(config());
        openAs(TestSchool.TEACHER, "#nav-gradebook");
        GridLookup grid = new GridLookup(this);
        rightClickOn(grid.cellNode(ANH, "HK1.TX1"));
        clickOn("Đề nghị sửa điểm…");
        WaitForAsyncUtils.waitForFxEvents();

        clickOn("#correction-draft-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#correction-draft-error")).isEqualTo("Cần chọn ô muốn thêm vào biên bản.");
        ComboBox<CellTarget> other = lookup("#correction-draft-other").queryAs(ComboBox.class);
        CellTarget bao = other.getItems().stream().filter(t -> t.pupilName().equals(BAO)).findFirst().orElseThrow();
        assertThat(other.getItems()).noneMatch(t -> t.pupilName().equals(ANH) && t.slot().equals("HK1.TX1"));
        interact(() -> other.setValue(bao));
        clickOn("#correction-draft-add");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> other.setValue(bao));
        clickOn("#correction-draft-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#correction-draft-error")).isEqualTo("Ô HK1 TX1 của Trần Văn Bảo đã có trong biên bản.");
        assertThat(services().corrections().minutes(office, yearId)).isEmpty();

        fill("#correction-draft-new", "6");
        fill("#correction-draft-new-1", "7,5");
        fill("#correction-draft-reason", "Nhập nhầm điểm TX1 của hai em");
        Screenshots.save(lookup("#correction-draft").query(), "correction-draft-two-cells.png");
        clickOn("#correction-draft-save");
        WaitForAsyncUtils.waitForFxEvents();
        CorrectionMinute m = services().corrections().minutes(office, yearId).getFirst();
        assertThat(m.items()).extracting(CorrectionItem::oldValue, CorrectionItem::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5.0", "6.0"),
                        org.assertj.core.groups.Tuple.tuple("4.0", "7.5"));
    }
}
