package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.assessment.tt22.Award;
import vn.sotruong.core.assessment.tt22.Level;
import vn.sotruong.core.assessment.tt22.Outcome;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassResults;
import vn.sotruong.core.gradebook.MissingEntry;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.Schools;

/** Year results computed from stored entries (RULES.md T7, T8), what is missing, and the principal's approval. */
class ResultsServiceTest extends GradebookFixture {
    private StudentYearResult resultOf(long pupil) {
        return s.results().classResults(admin, c7a).rows().stream().filter(r -> r.pupil().pupilId() == pupil)
                .findFirst().orElseThrow().tt22();
    }

    @Test
    void studentAOfT7IsTotAndHocSinhXuatSac() {
        enterYear(an, t7(), "Khá", "Tốt");

        StudentYearResult a = resultOf(an);
        assertThat(a.subject("NGUVAN").orElseThrow().year().average()).hasToString("8.6");
        assertThat(a.subject("LSDL").orElseThrow().year().average()).hasToString("9.0");
        assertThat(a.subject("TINHOC").orElseThrow().year().average()).hasToString("9.5");
        assertThat(a.learningHk1().level()).isEqualTo(Level.TOT);
        assertThat(a.learningYear().level()).isEqualTo(Level.TOT);
        assertThat(a.conductYear().level()).isEqualTo(Level.TOT);
        assertThat(a.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        assertThat(a.award().award()).isEqualTo(Award.XUAT_SAC);
    }

    @Test
    void studentBOfT8IsHocSinhGioi() {
        Map<String, String[]> b = t7();
        b.put("TINHOC", new String[] {"9;10/9,5/9,0", "9;8/8,5/8,5"});
        enterYear(binh, b, "Tốt", "Tốt");

        StudentYearResult r = resultOf(binh);
        assertThat(r.subject("TINHOC").orElseThrow().year().average()).hasToString("8.8");
        assertThat(r.learningYear().level()).isEqualTo(Level.TOT);
        assertThat(r.award().award()).isEqualTo(Award.GIOI);
    }

    @Test
    void approvalIsRefusedWhileEntriesAreMissingThenRecordedWithAFingerprint() {
        Actor principal = Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        enterYear(an, t7(), "Khá", "Tốt");
        enterYear(binh, t7(), "Tốt", "Tốt");

        List<MissingEntry> missing = s.results().missing(principal, c7a, ResultPeriod.HK1);
        assertThat(missing).extracting(MissingEntry::pupilCode).containsOnly("HS003");
        // HK I of 8 scored subjects (4 or 2 TX, GK, CK), 5 comment subjects (2 TX, GK, CK), conduct
        assertThat(missing).hasSize(6 + 6 + 6 + 4 + 6 + 6 + 4 + 4 + 5 * 4 + 1);
        assertThat(code(() -> s.results().approve(principal, c7a, ResultPeriod.HK1))).isEqualTo("results.incomplete");
        assertThat(code(() -> s.results().approve(admin, c7a, ResultPeriod.HK1))).isEqualTo("auth.denied");

        enterYear(chi, t7(), "Tốt", "Khá");
        Approval a = s.results().approve(principal, c7a, ResultPeriod.CN);

        assertThat(a.fingerprint()).hasSize(64);
        assertThat(s.results().approvals(principal, c7a)).extracting(Approval::period, Approval::approvedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CN", "hieutruong"));
        assertThat(s.audit().latest(admin, 5)).extracting(e -> e.kind()).contains(AuditKind.RESULTS_APPROVED);
        // a later change gives another fingerprint: the approved results are no longer those in the store
        s.gradebook().save(admin, c7a, SheetRef.subject("TOAN"), List.of(CellEdit.of(chi, "HK2.CK", "5")), Via.GRID);
        Approval again = s.results().approve(principal, c7a, ResultPeriod.CN);
        assertThat(again.fingerprint()).isNotEqualTo(a.fingerprint());
    }

    @Test
    void theWholeSchoolIsComputedInOneCall() {
        enterYear(an, t7(), "Khá", "Tốt");
        List<ClassResults> all = s.results().yearResults(admin, year);
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().rows()).hasSize(3);
        assertThat(all.getFirst().rows().getFirst().tt22()).isNotNull();
    }

    @Test
    void aSummerEntryForAPupilWhoIsNotEligibleDoesNotBreakTheClass() {
        enterYear(an, t7(), "Khá", "Tốt");
        s.gradebook().save(admin, c7a, SheetRef.subject("TOAN"), List.of(CellEdit.of(an, "HE", "6,5")), Via.GRID);
        s.gradebook().save(admin, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HE", "Tốt")), Via.GRID);

        StudentYearResult a = resultOf(an);
        assertThat(a.promotion().outcome()).isEqualTo(Outcome.PROMOTED);
        assertThat(a.award().award()).isEqualTo(Award.XUAT_SAC);
    }
}
