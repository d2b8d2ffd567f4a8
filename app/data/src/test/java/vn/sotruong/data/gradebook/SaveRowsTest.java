package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SavedRows;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;

/**
 * {@code GradebookService.saveRows} (the LAN's save): the same checks, history and audit as {@code save}, answering
 * only the touched pupils' rows — the same rows a read of the whole sheet gives.
 */
class SaveRowsTest extends GradebookFixture {
    private static final SheetRef TOAN = SheetRef.subject("TOAN");

    @Test
    void onlyTheTouchedRowsComeBackAsTheSheetShowsThem() {
        save(toanTeacher, "TOAN", term(binh, 1, "5;6;7;8", "6,0", "7,0"));
        List<CellEdit> edits = new java.util.ArrayList<>(term(an, 1, "8;7;9;6,5", "7,5", ""));
        edits.add(CellEdit.of(chi, ColumnLayout.tx(1, 1), "9"));
        int audited = s.audit().latest(admin, 1000).size();

        SavedRows r = s.gradebook().saveRows(toanTeacher, c7a, TOAN, edits, Via.GRID);

        assertThat(r.changed()).hasSize(6);
        Sheet read = s.gradebook().sheet(toanTeacher, c7a, TOAN);
        assertThat(r.rows()).extracting(row -> row.pupil().pupilId()).containsExactlyInAnyOrder(an, chi);
        assertThat(r.rows()).allSatisfy(row -> assertThat(row).isEqualTo(read.row(row.pupil().pupilId()).orElseThrow()));
        assertThat(s.audit().latest(admin, 1000)).hasSize(audited + 1)
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo(AuditKind.SCORE_CHANGED));
        assertThat(s.gradebook().history(toanTeacher, c7a, TOAN, chi, ColumnLayout.tx(1, 1))).hasSize(1);
    }

    @Test
    void aStaleOrOutOfScopeSaveIsRefusedAsSaveRefusesItAndChangesNothing() {
        s.gradebook().saveRows(toanTeacher, c7a, TOAN, List.of(new CellEdit(an, ColumnLayout.tx(1, 1), "8", 0)),
                Via.GRID);
        assertThatThrownBy(() -> s.gradebook().saveRows(toanTeacher, c7a, TOAN,
                List.of(new CellEdit(an, ColumnLayout.tx(1, 1), "6", 0), new CellEdit(binh, ColumnLayout.tx(1, 1), "6",
                        0)), Via.GRID))
                .isInstanceOfSatisfying(EntriesRefused.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.args()).containsExactly(toanTeacher.login(), "8.0")));
        assertThatThrownBy(() -> s.gradebook().saveRows(otherTeacher, c7a, TOAN,
                List.of(new CellEdit(binh, ColumnLayout.tx(1, 1), "6", 0)), Via.GRID))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).startsWith("scope."));
        Sheet read = s.gradebook().sheet(toanTeacher, c7a, TOAN);
        assertThat(read.row(binh).orElseThrow().version(ColumnLayout.tx(1, 1))).isZero();
        assertThat(read.row(an).orElseThrow().text(ColumnLayout.tx(1, 1))).isEqualTo("8.0");
    }
}
