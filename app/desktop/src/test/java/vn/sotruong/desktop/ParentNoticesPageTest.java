package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.notice.NoticeBatch;
import vn.sotruong.core.notice.ParentNotice;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.pupils.NoticesViewModel;

/** Thông báo phụ huynh on the Học sinh page, as 6A's homeroom teacher: preview, CSV, slips, history. */
class ParentNoticesPageTest extends FxTestBase {
    @SuppressWarnings("unchecked")
    private List<ParentNotice> preview() {
        return lookup("#notices-table").queryAs(TableView.class).getItems();
    }

    @Test
    void theHomeroomTeacherPreviewsIssuesACsvAndSlipsAndTheHistoryKeepsBoth() throws Exception {
        TestSchool.create(services());
        GradebookData data = new GradebookData(services(), admin());
        data.class6A();
        Actor homeroom = services().auth().login(TestSchool.HOMEROOM, TestSchool.PASSWORD.toCharArray(), "t").actor();
        long c6a = data.classId("6A");
        long anh = services().stores().pupils().findByCode("HS001").orElseThrow().id();
        services().attendance().enterDay(homeroom, c6a, LocalDate.of(2026, 10, 13), DaySession.SANG,
                Map.of(anh, AttendanceCode.UNEXCUSED));
        data.save("6A", SheetRef.subject("TOAN"), List.of(CellEdit.of(anh, "HK1.TX2", "9")));
        startApp(config());
        signIn(TestSchool.HOMEROOM, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-pupils");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#pupils-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "pupils-tab-notices".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        NoticesViewModel vm = (NoticesViewModel) lookup("#notices-content").query().getUserData();

        clickOn("#notices-preview");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview()).hasSize(10); // Linh left on 1 October, before this week
        ParentNotice first = preview().getFirst();
        assertThat(first.pupilName()).isEqualTo("Nguyễn Thị Ánh");
        assertThat(first.message()).startsWith("Thông báo tuần 12/10/2026 – 18/10/2026 của em Nguyễn Thị Ánh (lớp 6A)")
                .contains("nghỉ 1 buổi (có phép 0, không phép 1)", "Toán (HK1 TX2) 9,0");

        Path csv = dataDir.resolve("thong-bao.csv");
        Path pdf = dataDir.resolve("phieu.pdf");
        interact(() -> vm.issue(NoticeBatch.Form.CSV, csv));
        interact(() -> vm.issue(NoticeBatch.Form.SLIPS, pdf));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains("\"HS001\",\"Nguyễn Thị Ánh\"");
        assertThat(pdf).isNotEmptyFile();
        assertThat(textOf("#notices-info")).startsWith("Đã phát hành 10 thông báo của lớp 6A");
        assertThat(lookup("#notices-history").queryAs(TableView.class).getItems()).hasSize(2);

        // a folder that does not exist: refused, translated, nothing recorded
        interact(() -> vm.issue(NoticeBatch.Form.CSV, dataDir.resolve("khong-co/thong-bao.csv")));
        assertThat(textOf("#notices-error")).startsWith("Không ghi được tệp thông báo");
        assertThat(services().parentNotices().history(admin(), services().years().currentYear().orElseThrow().id()))
                .hasSize(2);
        Screenshots.save(stage.getScene().getRoot(), "parent-notices.png");
    }
}
