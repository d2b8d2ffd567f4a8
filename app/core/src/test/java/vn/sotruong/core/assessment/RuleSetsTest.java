package vn.sotruong.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.school.SchoolLevel;

/** Art 21 (TT22) and the TT27 roadmap: which rule set a grade follows in a school year. */
class RuleSetsTest {
    private final RuleSets ruleSets = RuleSets.standard();

    @ParameterizedTest(name = "{0} grade {1} in {2} → {3}")
    @CsvSource({
            "THCS,6,2021,TT22-2021", "THCS,6,2025,TT22-2021", "THCS,7,2022,TT22-2021", "THCS,8,2023,TT22-2021",
            "THCS,9,2024,TT22-2021", "THCS,9,2030,TT22-2021",
            "TIEU_HOC,1,2020,TT27-2020", "TIEU_HOC,2,2021,TT27-2020", "TIEU_HOC,4,2023,TT27-2020",
            "TIEU_HOC,5,2024,TT27-2020", "TIEU_HOC,5,2025,TT27-2020"})
    void picksByLevelGradeAndYear(SchoolLevel level, int grade, int year, String id) {
        assertThat(ruleSets.require(level, grade, year).id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0} grade {1} in {2}: none (older circular)")
    @CsvSource({"THCS,6,2020", "THCS,7,2021", "THCS,8,2022", "THCS,9,2023", "TIEU_HOC,1,2019", "TIEU_HOC,5,2023",
            "TIEU_HOC,6,2025", "THCS,5,2025", "MAM_NON,0,2025"})
    void nothingBeforeTheRoadmapOrOutsideTheLevel(SchoolLevel level, int grade, int year) {
        assertThat(ruleSets.find(level, grade, year)).isEmpty();
        assertThatThrownBy(() -> ruleSets.require(level, grade, year)).extracting("code").isEqualTo("assessment.noRuleSet");
    }

    @ParameterizedTest
    @CsvSource({"TT22-2021", "TT27-2020"})
    void byId(String id) {
        assertThat(ruleSets.byId(id)).isPresent();
        assertThat(vn.sotruong.core.i18n.Messages.vietnamese().has(ruleSets.byId(id).orElseThrow().labelKey())).isTrue();
    }
}
