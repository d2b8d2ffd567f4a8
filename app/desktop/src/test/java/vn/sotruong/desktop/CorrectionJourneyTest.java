package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.corrections.CorrectionsViewModel;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.MinuteRow;
import vn.sotruong.desktop.gradebook.CellHistoryViewModel.Change;
import vn.sotruong.desktop.gradebook.GridCell;

/**
 * A correction end to end in the app: the teacher sees the locked cell, its history, drafts a minute from it,
 * attaches evidence and submits; the principal approves; the teacher applies it and the cell holds exactly the
 * approved value, locked again. Each bad input on the way (typing into the lock, no reason, no evidence, a file
 * that is no image, rejecting without a reason) is refused with a translated message and changes nothing.
 */
class CorrectionJourneyTest extends FxTestBase {
    private static final String ANH = "Nguyễn Thị Ánh";
    private Actor office;
    private long classId;
    private long anh;
    private long yearId;

    private void aLockedScore() {
        TestSchool.create(services());
        office = admin();
        GradebookData data = new GradebookData(services(), office);
        data.class6A();
        classId = data.classId("6A");
        yearId = services().years().currentYear().orElseThrow().id();
        anh = services().gradebook().sheet(office, classId, SheetRef.subject("TOAN")).rows().stream()
                .filter(r -> r.pupil().pupil().fullName().equals(ANH)).findFirst().orElseThrow().pupil().pupilId();
        data.save("6A", SheetRef.subject("TOAN"), List.of(CellEdit.of(anh, "HK1.TX1", "6")));
        Actor teacher = services().auth().login(TestSchool.TEACHER, TestSchool.PASSWORD.toCharArray(), "t").actor();
        services().gradebook().save(teacher, classId, SheetRef.subject("TOAN"),
                List.of(CellEdit.of(anh, "HK1.TX1", "5")), Via.GRID);
        services().locks().lock(office, yearId, LockScope.ofClassSubject(classId, "TOAN"), LockColumns.parse("TX:1"),
                "Hiệu trưởng quyết định khóa điểm thường xuyên HK I");
    }

    private void signInAndOpen(String login, String nav) throws Exception {
        signIn(login, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn(nav);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signOut() {
        clickOn("#menu-system").clickOn("#menu-signout");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private final GridLookup grid = new GridLookup(this);

    private GridCell cell(String name, String key) {
        return grid.cell(name, key);
    }

    private TableCell<?, ?> cellNode(String name, String key) {
        return grid.cellNode(name, key);
    }

    private String stored() {
        return services().gradebook().sheet(office, classId, SheetRef.subject("TOAN")).row(anh).orElseThrow()
                .text("HK1.TX1");
    }

    private List<CorrectionMinute> minutes() {
        return services().corrections().minutes(office, yearId);
    }

    private CorrectionsViewModel minutesPage() {
        CorrectionsViewModel vm = (CorrectionsViewModel) lookup("#corrections-page").query().getUserData();
        @SuppressWarnings("unchecked")
        TableView<MinuteRow> table = lookup("#corrections-table").queryAs(TableView.class);
        interact(() -> table.getSelectionModel().select(0));
        return vm;
    }

    /** Whether the node and everything around it is visible. */
    private boolean shown(String query) {
        for (javafx.scene.Node n = lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private Path png() throws Exception {
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(5, 5, 30, 20);
        Path file = dataDir.resolve("so-diem-ca-nhan.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCorrectionRunsFromTheLockedCellThroughApprovalToTheAppliedValue() throws Exception {
        aLockedScore();
        startApp(config());
        signInAndOpen(TestSchool.TEACHER, "#nav-gradebook");

        // the locked cells: grey with a lock, the tooltip says whose decision and why; typing is refused
        GridCell locked = cell(ANH, "HK1.TX1");
        assertThat(locked.locked()).isTrue();
        assertThat(locked.shown()).isEqualTo("5,0");
        assertThat(locked.note()).startsWith("Ô đã khóa. Cột này đã khóa theo quyết định của admin ngày 15/10/2026: "
                + "Hiệu trưởng quyết định khóa điểm thường xuyên HK I.");
        assertThat(cell("Trần Văn Bảo", "HK1.TX1").locked()).isTrue();
        assertThat(cell(ANH, "HK1.GK").locked()).isFalse();
        assertThat(cellNode(ANH, "HK1.TX1").getGraphic()).isNotNull();
        clickOn(cellNode(ANH, "HK1.TX1"));
        write("7");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#grade-error")).startsWith("Ô đã khóa.");
        assertThat(stored()).isEqualTo("5.0");
        Screenshots.save(stage.getScene().getRoot(), "gradebook-locked-cells.png");

        // Lịch sử ô: the office's import, then the teacher's change in the grid
        rightClickOn(cellNode(ANH, "HK1.TX1"));
        clickOn("Lịch sử ô…");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<Change> history = lookup("#cell-history-table").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(Change::who, Change::oldValue, Change::newValue, Change::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin", "—", "6,0", "Nhập từ tệp Excel"),
                        org.assertj.core.groups.Tuple.tuple("gv.toan1", "6,0", "5,0", "Nhập trên bảng điểm"));
        Screenshots.save(lookup("#cell-history").query(), "cell-history.png");
        clickOn("#cell-history-close");

        // Đề nghị sửa điểm: pre-filled; no reason → refused, nothing recorded
        rightClickOn(cellNode(ANH, "HK1.TX1"));
        clickOn("Đề nghị sửa điểm…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#correction-draft-pupil")).isEqualTo(ANH);
        assertThat(textOf("#correction-draft-column")).isEqualTo("HK1 TX1");
        assertThat(textOf("#correction-draft-old")).isEqualTo("5,0");
        fill("#correction-draft-new", "6");
        clickOn("#correction-draft-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#correction-draft-error")).isEqualTo("Cần ghi lí do sửa điểm.");
        assertThat(minutes()).isEmpty();
        fill("#correction-draft-reason", "Nhập nhầm: bài kiểm tra của em Ánh được 6 điểm");
        Screenshots.save(lookup("#correction-draft").query(), "correction-draft.png");
        clickOn("#correction-draft-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes()).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MinuteStatus.DRAFT));
        assertThat(textOf("#grade-info")).startsWith("Đã lập biên bản nháp số 1");

        // the minutes page: submit needs evidence, evidence must be an image or PDF
        clickOn("#nav-corrections");
        WaitForAsyncUtils.waitForFxEvents();
        CorrectionsViewModel page = minutesPage();
        assertThat(shown("#correction-approve")).isFalse();
        clickOn("#correction-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#corrections-error")).startsWith("Cần đính kèm ít nhất một minh chứng");
        assertThat(minutes().getFirst().status()).isEqualTo(MinuteStatus.DRAFT);
        Path notAnImage = Files.writeString(dataDir.resolve("bai-kiem-tra.pdf"), "không phải PDF");
        interact(() -> page.addEvidence(notAnImage));
        assertThat(textOf("#corrections-error")).isEqualTo(
                "Tệp minh chứng “bai-kiem-tra.pdf” không đọc được: cần ảnh (JPEG, PNG) hoặc PDF.");
        assertThat(minutes().getFirst().evidence()).isEmpty();
        Path photo = png();
        interact(() -> page.addEvidence(photo));
        assertThat(page.evidence()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("image/png"));
        clickOn("#correction-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes().getFirst().status()).isEqualTo(MinuteStatus.SUBMITTED);
        assertThat(textOf("#corrections-info")).isEqualTo("Đã trình biên bản số 1.");
        Screenshots.save(stage.getScene().getRoot(), "corrections-teacher.png");
        signOut();

        // the principal: rejecting needs a reason; approving opens the cell for the approved value only
        signInAndOpen(TestSchool.PRINCIPAL, "#nav-corrections");
        minutesPage();
        clickOn("#correction-reject");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf("#corrections-error")).isEqualTo("Cần ghi lí do không duyệt.");
        assertThat(minutes().getFirst().status()).isEqualTo(MinuteStatus.SUBMITTED);
        fill("#correction-note", "Đồng ý, đúng với bài kiểm tra");
        Screenshots.save(stage.getScene().getRoot(), "corrections-principal.png");
        clickOn("#correction-approve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes().getFirst().status()).isEqualTo(MinuteStatus.APPROVED);
        assertThat(shown("#correction-apply")).isFalse();
        signOut();

        // the teacher applies exactly the approved value; the cell is locked again
        signInAndOpen(TestSchool.TEACHER, "#nav-corrections");
        minutesPage();
        clickOn("#correction-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minutes().getFirst().status()).isEqualTo(MinuteStatus.APPLIED);
        assertThat(stored()).isEqualTo("6.0");
        assertThat(textOf("#correction-steps")).contains("Duyệt: hieutruong").contains("Đã sửa điểm: gv.toan1");
        Screenshots.save(stage.getScene().getRoot(), "corrections-applied.png");
        List<EntryChange> changes = services().gradebook().history(office, classId, SheetRef.subject("TOAN"), anh,
                "HK1.TX1");
        assertThat(changes.getLast().via()).isEqualTo("CORRECTION");
        clickOn("#nav-gradebook");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(ANH, "HK1.TX1").shown()).isEqualTo("6,0");
        assertThat(cell(ANH, "HK1.TX1").locked()).isTrue();
    }
}
