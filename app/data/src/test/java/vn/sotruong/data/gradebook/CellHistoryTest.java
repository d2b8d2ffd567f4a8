package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.SheetRef;

/** Lịch sử ô điểm through the service: every change of one cell in order, for those who may read the class only. */
class CellHistoryTest extends GradebookFixture {
    @Test
    void aCellsHistoryListsEachChangeInOrderAndOnlyItsOwnCell() {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "5"), CellEdit.of(binh, "HK1.TX1", "9")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "6,5")));
        save(admin, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "")));

        List<EntryChange> h = s.gradebook().history(homeroom, c7a, SheetRef.subject("TOAN"), an, "HK1.TX1");

        assertThat(h).extracting(EntryChange::oldValue, EntryChange::newValue, EntryChange::changedBy, EntryChange::via)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "5.0", "gv.toan", "GRID"),
                        org.assertj.core.groups.Tuple.tuple("5.0", "6.5", "gv.toan", "GRID"),
                        org.assertj.core.groups.Tuple.tuple("6.5", null, admin.login(), "GRID"));
        assertThat(s.gradebook().history(homeroom, c7a, SheetRef.subject("TOAN"), an, "HK1.TX2")).isEmpty();
    }

    @Test
    void aTeacherOfAnotherClassCannotReadTheHistory() {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "5")));
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> s.gradebook().history(otherTeacher, c7a, SheetRef.subject("TOAN"), an, "HK1.TX1"));
        assertThat(e.code()).isEqualTo("scope.notYourClassOrSubject");
    }
}
