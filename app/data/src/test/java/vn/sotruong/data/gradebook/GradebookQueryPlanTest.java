package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.data.jdbc.JooqTransactions;

/**
 * How H2 reads a sheet's or a class's entries: pupil by pupil from the cell index, also in a fresh store where H2
 * has no column statistics yet (it gathers them only at a commit). Any other plan scans the whole year's entries
 * of the school for every sheet opened.
 */
class GradebookQueryPlanTest extends GradebookFixture {

    @Test
    void aSheetsCellsAreLookedUpPupilByPupilInTheCellIndex() {
        String plan = plan(store().query(year, List.of(an, binh, chi), Area.SUBJECT, "TOAN"));
        assertPupilByPupil(plan);
        assertThat(plan).contains("AREA = ").contains("ITEM = ");
    }

    @Test
    void aClassesCellsOfEveryAreaAreLookedUpPupilByPupilInTheCellIndex() {
        assertPupilByPupil(plan(store().query(year, List.of(an, binh, chi), null, null)));
    }

    private static void assertPupilByPupil(String plan) {
        // the pupils first, then for each of them the entries
        assertThat(plan.indexOf("FROM UNNEST")).as(plan).isNotNegative()
                .isLessThan(plan.indexOf("LEFT OUTER JOIN \"PUBLIC\".\"ASSESSMENT_ENTRY\""));
        assertThat(plan).as(plan).contains("ASSESSMENT_ENTRY_CELL_INDEX").contains("PUPIL_ID = p.id");
    }

    private JooqGradebookStore store() {
        return (JooqGradebookStore) s.stores().gradebook();
    }

    private String plan(org.jooq.Select<?> query) {
        return ((JooqTransactions) s.stores().transactions()).dsl().explain(query).plan();
    }
}
