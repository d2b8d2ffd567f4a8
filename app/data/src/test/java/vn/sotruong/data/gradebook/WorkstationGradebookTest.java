package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.OpenableBook;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;

/** What a workstation's grid needs of the gradebook: idempotent retries, the sheet's change counter, the books it may open. */
class WorkstationGradebookTest extends GradebookFixture {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");

    private SaveResult save(CellEdit edit) {
        return s.gradebook().save(toanTeacher, c7a, TOAN, List.of(edit), Via.GRID);
    }

    @Test
    void theSameValueSentAgainByTheSamePersonAfterALostAnswerIsSavedOnce() {
        save(new CellEdit(an, "HK1.TX1", "7,5", 0));
        // the answer was lost: the grid still believes version 0 and sends the same again
        SaveResult again = save(new CellEdit(an, "HK1.TX1", "7.5", 0));
        assertThat(again.changed()).isEmpty();
        assertThat(again.sheet().row(an).orElseThrow().version("HK1.TX1")).isEqualTo(1);
        // a cleared cell cleared again the same
        save(new CellEdit(binh, "HK1.TX1", "", 0));
        assertThat(save(new CellEdit(binh, "HK1.TX1", "", 3)).changed()).isEmpty();
    }

    @Test
    void anotherValueOrAnotherPersonAfterAChangeIsStillRefusedWithWhoAndWhat() {
        save(new CellEdit(an, "HK1.TX1", "7,5", 0));
        EntriesRefused other = catchThrowableOfType(EntriesRefused.class, () -> save(new CellEdit(an, "HK1.TX1", "8", 0)));
        assertThat(other.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("gradebook.changedMeanwhile");
            assertThat(p.args()).containsExactly("gv.toan", "7.5");
        });
        EntriesRefused byAdmin = catchThrowableOfType(EntriesRefused.class, () -> s.gradebook().save(admin, c7a, TOAN,
                List.of(new CellEdit(an, "HK1.TX1", "7,5", 0)), Via.GRID));
        assertThat(byAdmin.problems()).singleElement().extracting(p -> p.code()).isEqualTo("gradebook.changedMeanwhile");
        assertThat(s.gradebook().sheet(admin, c7a, TOAN).row(an).orElseThrow().version("HK1.TX1")).isEqualTo(1);
    }

    @Test
    void theChangeCounterGrowsWithEveryChangeOfTheSheetOnlyAndNeedsReadingRights() {
        long start = s.gradebook().changeCount(toanTeacher, c7a, TOAN);
        assertThat(start).isZero();
        save(CellEdit.of(an, "HK1.TX1", "7"));
        long one = s.gradebook().changeCount(toanTeacher, c7a, TOAN);
        assertThat(one).isPositive();
        save(CellEdit.of(an, "HK1.TX1", "7")); // unchanged: nothing recorded
        assertThat(s.gradebook().changeCount(toanTeacher, c7a, TOAN)).isEqualTo(one);
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "Tốt")), Via.GRID);
        assertThat(s.gradebook().changeCount(toanTeacher, c7a, TOAN)).as("another sheet").isEqualTo(one);
        save(CellEdit.of(binh, "HK1.GK", ""));
        save(CellEdit.of(an, "HK1.TX1", ""));
        assertThat(s.gradebook().changeCount(admin, c7a, TOAN)).as("clearing counts").isGreaterThan(one);
        assertThat(code(() -> s.gradebook().changeCount(otherTeacher, c7a, TOAN))).isEqualTo("scope.notYourClassOrSubject");
    }

    @Test
    void theBooksAPersonMayOpenAreThoseTheyMayReadWithTheirOwnSheetsMarked() {
        List<OpenableBook> mine = s.gradebook().openable(toanTeacher, year);
        assertThat(mine).singleElement().satisfies(b -> {
            assertThat(b.schoolClass().name()).isEqualTo("7A");
            assertThat(b.sheets()).filteredOn(OpenableBook.Choice::editable).extracting(c -> c.ref())
                    .containsExactly(TOAN);
            assertThat(b.sheets()).extracting(c -> c.ref()).contains(SheetRef.subject("NGUVAN"), SheetRef.conduct());
            assertThat(b.sheets().getFirst().subjectName()).isNotBlank();
        });
        assertThat(s.gradebook().openable(homeroom, year).getFirst().sheets())
                .filteredOn(OpenableBook.Choice::editable).extracting(c -> c.ref()).containsExactly(SheetRef.conduct());
        assertThat(s.gradebook().openable(otherTeacher, year)).isEmpty();
    }
}
