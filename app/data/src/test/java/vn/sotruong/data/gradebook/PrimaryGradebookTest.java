package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.assessment.tt27.Overall;
import vn.sotruong.core.assessment.tt27.PrimaryYearResult;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.data.support.MutableClock;
import vn.sotruong.data.support.Schools;

/** A tiểu học school's gradebook (Circular 27) on a real store: RULES.md P1 and P2, and what it refuses. */
class PrimaryGradebookTest {
    private static final Map<String, String> P1_TESTS = Map.of("TIENGVIET", "9", "TOAN", "10", "NGOAINGU1", "9",
            "LSDL", "9", "KHOAHOC", "10", "TINHOCCN", "9");
    @TempDir
    Path dir;
    private Store store;
    private CoreServices s;
    private Actor admin;
    private long c4a;
    private long pupil;

    @BeforeEach
    void primarySchool() {
        store = Store.open(dir, new MutableClock(java.time.Instant.parse("2027-05-20T02:00:00Z")));
        s = store.services();
        s.setup().initialise(new SchoolInit(new School("Trường Tiểu học Kim Đồng", "79000801", "Huế", "Thuận Hóa",
                SchoolLevel.TIEU_HOC, "Hồ Thị Lan", false), 2026, Schools.ADMIN, "Trần Quốc Toản",
                Schools.PASSWORD.toCharArray()));
        admin = Schools.admin(s);
        // 20/05/2027 is after most deadlines: these tests are about entering (LockTest covers the locks)
        store.services().stores().settings().put(vn.sotruong.core.locks.LockService.AUTOMATIC, "false");
        long year = s.years().currentYear().orElseThrow().id();
        c4a = s.organisation().addClass(admin, year, 4, "4A", null);
        pupil = s.pupils().admit(admin, c4a, new Pupil(0, "TH001", "Hồ Ngọc Hà", LocalDate.of(2017, 6, 1), Gender.NU,
                null, null, null, false, null, null, null, null, null, null), LocalDate.of(2026, 9, 5), null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void enterYear(Map<String, String> tests) {
        Map<SheetRef, List<CellEdit>> book = new LinkedHashMap<>();
        for (var subject : s.gradebook().classBook(admin, c4a).subjects()) {
            List<CellEdit> edits = new ArrayList<>();
            edits.add(CellEdit.of(pupil, ColumnLayout.level("CN"), "T"));
            if (tests.containsKey(subject.code())) {
                edits.add(CellEdit.of(pupil, ColumnLayout.test("CN"), tests.get(subject.code())));
            }
            book.put(SheetRef.subject(subject.code()), edits);
        }
        book.put(SheetRef.qualities(), Tt27RuleSet.QUALITIES.stream()
                .map(q -> CellEdit.of(pupil, ColumnLayout.quality(q, "CN"), "Tốt")).toList());
        s.gradebook().saveAll(admin, c4a, book, Via.IMPORT);
    }

    private PrimaryYearResult result() {
        return s.results().classResults(admin, c4a).rows().getFirst().tt27();
    }

    @Test
    void p1AllTAndTestsAtLeast9IsHoanThanhXuatSac() {
        enterYear(P1_TESTS);
        PrimaryYearResult r = result();
        assertThat(r.overall().level()).isEqualTo(Overall.HOAN_THANH_XUAT_SAC);
        assertThat(r.xuatSac()).isTrue();
        assertThat(r.completesGrade()).isTrue();
    }

    @Test
    void p2ToanEightIsHoanThanhTotAndOnlyEligibleForTieuBieu() {
        Map<String, String> tests = new LinkedHashMap<>(P1_TESTS);
        tests.put("TOAN", "8");
        enterYear(tests);
        PrimaryYearResult r = result();
        assertThat(r.overall().level()).isEqualTo(Overall.HOAN_THANH_TOT);
        assertThat(r.xuatSac()).isFalse();
        assertThat(r.tieuBieuEligible()).isTrue();
    }

    @Test
    void p2WithTheHomeroomTeachersNominationIsHocSinhTieuBieuAndTheNominationIsKeptInThePcnlSheet() {
        Map<String, String> tests = new LinkedHashMap<>(P1_TESTS);
        tests.put("TOAN", "8");
        enterYear(tests);
        s.gradebook().save(admin, c4a, SheetRef.qualities(), List.of(CellEdit.of(pupil, ColumnLayout.TIEU_BIEU,
                "  Giải nhất thi kể chuyện cấp trường; cả lớp nhất trí  ")), Via.GRID);

        PrimaryYearResult r = result();
        assertThat(r.tieuBieu()).isTrue();
        assertThat(r.xuatSac()).isFalse();
        assertThat(r.awardExplanation().args()).containsExactly("Giải nhất thi kể chuyện cấp trường; cả lớp nhất trí");
        assertThat(s.gradebook().columns(s.gradebook().classBook(admin, c4a), SheetRef.qualities()))
                .extracting(c -> c.header()).endsWith("TIEUBIEU CN");

        // cleared: eligible again, not awarded
        s.gradebook().save(admin, c4a, SheetRef.qualities(), List.of(CellEdit.of(pupil, ColumnLayout.TIEU_BIEU, "")),
                Via.GRID);
        assertThat(result().tieuBieu()).isFalse();
        assertThat(result().tieuBieuEligible()).isTrue();
    }

    @ParameterizedTest(name = "{0} = {2} → {3}")
    @CsvSource(textBlock = """
            TOAN,     CN.DIEM, '8,5', score.notAWholeNumber
            TOAN,     CN.MUC,  X,     tt27.subjectLevel.invalid
            TOAN,     CN.MUC,  '7',   tt27.subjectLevel.invalid
            DAODUC,   CN.DIEM, '9',   gradebook.unknownColumn
            TOAN,     CN.DIEM, '11',  score.outOfRange
            """)
    void primaryEntriesAreCheckedAndNothingChanges(String subject, String slot, String text, String code) {
        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> s.gradebook().save(admin, c4a,
                SheetRef.subject(subject), List.of(CellEdit.of(pupil, ColumnLayout.level("GHK1"), "H"),
                        CellEdit.of(pupil, slot, text)), Via.GRID));
        assertThat(e.problems()).extracting(CellProblem::code).containsExactly(code);
        assertThat(s.gradebook().sheet(admin, c4a, SheetRef.subject(subject)).row(pupil).orElseThrow().cells()).isEmpty();
    }

    @Test
    void gradeFourTestsTiengVietAndToanAtMidTermToo() {
        var cols = s.gradebook().columns(s.gradebook().classBook(admin, c4a), SheetRef.subject("TOAN"));
        assertThat(cols).extracting(c -> c.header()).contains("GHK1 Mức", "GHK1 Điểm", "CHK1 Điểm", "GHK2 Điểm",
                "CN Mức", "CN Điểm");
        var nn = s.gradebook().columns(s.gradebook().classBook(admin, c4a), SheetRef.subject("NGOAINGU1"));
        assertThat(nn).extracting(c -> c.header()).contains("CHK1 Điểm", "CN Điểm").doesNotContain("GHK1 Điểm");
        assertThat(code(() -> s.gradebook().sheet(admin, c4a, SheetRef.conduct()))).isEqualTo("gradebook.sheetNotInRules");
    }

    private static String code(Runnable r) {
        try {
            r.run();
            return "ok";
        } catch (vn.sotruong.core.common.DomainException e) {
            return e.code();
        }
    }
}
