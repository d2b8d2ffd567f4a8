package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.lan.LocalGradebook;
import vn.sotruong.desktop.lan.WorkstationCell;
import vn.sotruong.desktop.lan.WorkstationGridViewModel;
import vn.sotruong.desktop.lan.WorkstationRow;
import vn.sotruong.server.wire.Wire.ColumnView;

/**
 * The workstation grid's view model on this computer's own store ({@link LocalGradebook}): the same port the office
 * PC's client implements, so the same grid rules hold — a wrong value refused with the translated reason and nothing
 * changed, a sheet not one's own read-only.
 */
class WorkstationGridLocalTest extends FxTestBase {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");
    private GradebookData data;
    private WorkstationGridViewModel vm;

    @BeforeEach
    void school() {
        TestSchool.create(services());
        services().stores().settings().put(LockService.AUTOMATIC, "false");
        data = new GradebookData(services(), admin());
        data.class6A();
        Actor teacher = services().auth().login(TestSchool.TEACHER, TestSchool.PASSWORD.toCharArray(), "t").actor();
        vm = new WorkstationGridViewModel(new LocalGradebook(services(), teacher, UiText.VIETNAMESE),
                UiText.vietnamese(), Background.direct());
        vm.open();
    }

    @Test
    void theTeachersOwnSheetOpensFirstAndAValueIsSavedInTheStore() {
        assertThat(vm.books()).extracting(b -> b.className()).containsExactly("6A", "7A");
        assertThat(vm.label(vm.sheetProperty().get())).isEqualTo("Toán");
        assertThat(vm.sheets()).extracting(vm::label).contains("Ngữ văn (chỉ xem)");
        WorkstationRow anh = vm.rows().getFirst();
        vm.commit(anh, column("HK1.TX1"), "7,5");
        assertThat(anh.cell("HK1.TX1").get().shown()).isEqualTo("7,5");
        assertThat(anh.cell("HK1.TX1").get().state()).isEqualTo(WorkstationCell.State.SAVED);
        assertThat(stored(anh)).isEqualTo("7.5");
    }

    @Test
    void aWrongValueIsRefusedWithTheReasonStaysVisibleAndChangesNothing() {
        WorkstationRow anh = vm.rows().getFirst();
        vm.commit(anh, column("HK1.TX1"), "11");
        WorkstationCell c = anh.cell("HK1.TX1").get();
        assertThat(c.state()).isEqualTo(WorkstationCell.State.REFUSED);
        assertThat(c.shown()).isEqualTo("11");
        assertThat(c.note()).isEqualTo("Điểm phải từ 0 đến 10.");
        assertThat(stored(anh)).isNull();
        assertThat(vm.statusProperty().get()).contains("bị từ chối: 1");
        // typed again right: saved, the refusal gone
        vm.commit(anh, column("HK1.TX1"), "10");
        assertThat(anh.cell("HK1.TX1").get().state()).isEqualTo(WorkstationCell.State.SAVED);
        assertThat(stored(anh)).isEqualTo("10.0");
    }

    @Test
    void aSheetThatIsNotTheTeachersIsReadOnlyAndNothingIsSent() {
        vm.sheetProperty().set(vm.sheets().stream().filter(s -> s.item().equals("NGUVAN")).findFirst().orElseThrow());
        WorkstationRow anh = vm.rows().getFirst();
        vm.commit(anh, column("HK1.TX1"), "8");
        assertThat(vm.errorProperty().get()).isEqualTo("Bạn chỉ được xem sổ này: bạn không được phân công nhập sổ này.");
        assertThat(anh.cell("HK1.TX1").get().shown()).isEmpty();
        assertThat(services().gradebook().sheet(admin(), data.classId("6A"), SheetRef.subject("NGUVAN")).rows()
                .getFirst().text("HK1.TX1")).isNull();
    }

    private ColumnView column(String slot) {
        List<ColumnView> columns = vm.shownProperty().get().columns();
        return columns.stream().filter(c -> c.slot().equals(slot)).findFirst().orElseThrow();
    }

    private String stored(WorkstationRow row) {
        return services().gradebook().sheet(admin(), data.classId("6A"), TOAN).row(row.pupilId()).orElseThrow()
                .text("HK1.TX1");
    }
}
