package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.year.RolloverViewModel;
import vn.sotruong.desktop.year.RolloverViewModel.PupilLine;

/**
 * Chuyển năm học on the Năm học page: blocked until the principal approved 6A's year and every result is final,
 * then carried out after the confirmation; a second rollover is refused and changes nothing.
 */
class RolloverPageTest extends FxTestBase {
    private GradebookData data;

    private RolloverViewModel openRollover() throws Exception {
        TestSchool.create(services());
        data = new GradebookData(services(), admin());
        data.class6A();
        data.fill("6A", List.of(1, 2), List.of());
        startApp(config());
        signIn(TestSchool.ADMIN, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-year");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = lookup("#year-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "year-tab-rollover".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return (RolloverViewModel) lookup("#rollover-tab-content").query().getUserData();
    }

    /** Summer re-assessment of every subject still open ("6"), so each 6A pupil's year is final. */
    private void finishTheSummer() {
        long c6a = data.classId("6A");
        for (PupilResult r : services().results().classResults(admin(), c6a).rows()) {
            if (!r.pupil().current() || r.tt22().promotion().outcome() == Outcome.PROMOTED
                    || r.tt22().promotion().outcome() == Outcome.NOT_PROMOTED) {
                continue;
            }
            for (String subject : r.tt22().promotion().reassessSubjects()) {
                services().gradebook().save(admin(), c6a, SheetRef.subject(subject), List.of(CellEdit.of(r.pupil()
                        .pupilId(), ColumnLayout.SUMMER, subject.equals("TOAN") ? "4" : "6")), Via.GRID);
            }
        }
        Actor principal = services().auth().login(TestSchool.PRINCIPAL, TestSchool.PASSWORD.toCharArray(), "test")
                .actor();
        services().results().approve(principal, c6a, ResultPeriod.CN);
    }

    /** The confirmation's buttons: 0 = Chuyển năm học, 1 = Hủy. */
    private javafx.scene.Node confirmButton(int i) {
        javafx.scene.control.DialogPane pane = lookup("#rollover-confirm").queryAs(javafx.scene.control.DialogPane.class);
        return pane.lookupButton(pane.getButtonTypes().get(i));
    }

    @SuppressWarnings("unchecked")
    private List<PupilLine> placements() {
        return new ArrayList<>(lookup("#rollover-pupils").queryAs(TableView.class).getItems());
    }

    @Test
    void theRolloverIsPreviewedBlockedUntilApprovedThenCarriedOutOnceAndTheIntakeOffered() throws Exception {
        RolloverViewModel vm = openRollover();

        assertThat(textOf("#rollover-blocked")).contains("Hiệu trưởng chưa duyệt kết quả cả năm của các lớp: 6A.");
        assertThat(lookup("#rollover-execute").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(placements()).hasSize(10);
        assertThat(textOf("#rollover-summary")).startsWith("Sang năm học 2027-2028:");
        Screenshots.save(stage.getScene().getRoot(), "rollover-blocked.png");

        finishTheSummer();
        clickOn("#rollover-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#rollover-blocked")).isFalse();
        assertThat(lookup("#rollover-execute").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(placements()).extracting(PupilLine::decision).containsAnyOf("Lên lớp", "Ở lại lớp")
                .doesNotContain("Chưa có kết quả");
        assertThat(placements()).filteredOn(p -> p.decision().equals("Lên lớp")).extracting(PupilLine::toClass)
                .containsOnly("7A");
        Screenshots.save(stage.getScene().getRoot(), "rollover-ready.png");

        // the confirmation first: Hủy changes nothing
        clickOn("#rollover-execute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#rollover-confirm").tryQuery()).isPresent();
        clickOn(confirmButton(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services().years().years()).hasSize(1);

        clickOn("#rollover-execute");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(confirmButton(0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(services().years().years()).hasSize(2);
        try (var made = java.nio.file.Files.list(dataDir.resolve("backups"))) {
            assertThat(made.map(p -> p.getFileName().toString())).as("the automatic backup made before the rollover")
                    .anyMatch(n -> n.contains("_truoc-len-nam"));
        }
        assertThat(textOf("#rollover-info")).startsWith("Đã chuyển sang năm học 2027-2028.").contains("6A, 6B");
        assertThat(visible("#rollover-intake-import")).isTrue();
        long next = services().years().currentYear().orElseThrow().id();
        assertThat(services().organisation().classes(admin(), next)).extracting(SchoolClass::name)
                .contains("6A", "6B", "7A", "7B", "8A");
        Screenshots.save(stage.getScene().getRoot(), "rollover-done.png");

        // a second time: refused, translated, nothing more created
        int enrolments = services().stores().enrolments().all().size();
        interact(vm::execute);
        assertThat(textOf("#rollover-error")).isEqualTo("Đã chuyển sang năm học 2027-2028: không chuyển lần thứ hai.");
        assertThat(services().years().years()).hasSize(2);
        assertThat(services().stores().enrolments().all()).hasSize(enrolments);
    }
}
