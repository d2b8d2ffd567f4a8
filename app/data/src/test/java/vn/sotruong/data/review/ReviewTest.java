package vn.sotruong.data.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.review.Distribution;
import vn.sotruong.core.review.Finding;
import vn.sotruong.core.review.Measure;
import vn.sotruong.core.review.Selection;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.gradebook.GradebookFixture;
import vn.sotruong.data.support.Schools;

/**
 * The anomaly scan on known data: 7B–7E have five pupils each; Toán HK I averages are about 6 except in 7E
 * (about 9); 7C's first assessments came after the week-8 deadline; the Toán teacher changed 12 entered scores;
 * three pupils of 7B moved in early November.
 */
class ReviewTest extends GradebookFixture {
    private static final Map<String, String[]> TOAN = Map.of(
            "7B", new String[] {"6", "6,5", "7", "5,5", "6"},
            "7C", new String[] {"6", "7", "6,5", "6", "5"},
            "7D", new String[] {"6,5", "6", "7", "6", "6"},
            "7E", new String[] {"9", "9,5", "9", "8,5", "9,5"});
    private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);
    private final Map<String, Long> classes = new LinkedHashMap<>();
    private final Map<String, List<Long>> pupils = new LinkedHashMap<>();
    private Actor vicePrincipal;

    private void setDay(String iso) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(iso)));
    }

    @BeforeEach
    void knownData() {
        vicePrincipal = Schools.person(s, "phohieutruong", "Lê Văn Phó", Role.PHO_HIEU_TRUONG);
        setDay("2026-10-20T03:00:00Z");
        int n = 100;
        for (String name : TOAN.keySet().stream().sorted().toList()) {
            long c = s.organisation().addClass(admin, year, 7, name, null);
            classes.put(name, c);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(s.pupils().admit(admin, c, new vn.sotruong.core.pupil.Pupil(0, "HS" + (++n), "Học Sinh " + n,
                        LocalDate.of(2013, 1, 1), vn.sotruong.core.pupil.Gender.NU, null, null, null, false, null, null,
                        null, null, null, null), SEPT_5, null));
            }
            pupils.put(name, ids);
        }
        for (String name : classes.keySet()) {
            if (name.equals("7C")) {
                setDay("2026-11-10T03:00:00Z");
            }
            List<CellEdit> edits = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String v = TOAN.get(name)[i];
                edits.addAll(term(pupils.get(name).get(i), 1, v + ";" + v + ";" + v + ";" + v, v, v));
            }
            s.gradebook().save(admin, classes.get(name), SheetRef.subject("TOAN"), edits, Via.IMPORT);
            setDay("2026-10-20T03:00:00Z");
        }
        // the Toán teacher of 7A changes 12 entered scores; two others change a few
        setDay("2026-10-21T03:00:00Z");
        s.organisation().assign(admin, year, c7a, subjectId("GDCD"), otherTeacher.staffId());
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "5")));
        for (int i = 0; i < 12; i++) {
            save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", (i % 2 == 0 ? "6" : "5"))));
        }
        s.gradebook().save(otherTeacher, c7a, SheetRef.subject("GDCD"), List.of(CellEdit.of(an, "HK1.GK", "7")), Via.GRID);
        s.gradebook().save(otherTeacher, c7a, SheetRef.subject("GDCD"), List.of(CellEdit.of(an, "HK1.GK", "8")), Via.GRID);
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "Tốt")), Via.GRID);
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "Khá")), Via.GRID);
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "Tốt")), Via.GRID);
        List<Long> b = pupils.get("7B");
        s.movements().transferOut(admin, b.get(0), LocalDate.of(2026, 11, 2), "Trường THCS Lê Lợi", "Chuyển nhà");
        s.movements().dropOut(admin, b.get(1), LocalDate.of(2026, 11, 3), "Hoàn cảnh khó khăn");
        s.movements().changeClass(admin, b.get(2), classes.get("7C"), LocalDate.of(2026, 11, 4), "Cân đối sĩ số");
    }

    @Test
    void theScanFindsTheClassTheEditsTheLateEntriesTheMissingAndTheMoves() {
        List<Finding> found = s.review().anomalies(vicePrincipal, year, 1, NOV_5);

        assertThat(found).filteredOn(f -> f.kind() == Finding.Kind.CLASS_FAR_FROM_SCHOOL).singleElement()
                .satisfies(f -> {
                    assertThat(f.scope()).isEqualTo("7E · TOAN");
                    // the mean of 7E's five ĐTBmhk I against the middle of the grade's classes (7B has too few left)
                    assertThat(f.args().get(2).toString()).isEqualTo("9.10");
                    assertThat(f.classId()).isEqualTo(classes.get("7E"));
                });
        assertThat(found).filteredOn(f -> f.kind() == Finding.Kind.MANY_EDITS).singleElement()
                .satisfies(f -> assertThat(f.args()).startsWith("gv.toan", 12));
        // a third of 7C's entries came late (the first ĐĐGtx, not the later columns): under the default 40 %,
        // over the school's own setting
        assertThat(found).noneMatch(f -> f.kind() == Finding.Kind.LATE_ENTRIES);
        s.stores().settings().put("review.lateShare", "25");
        assertThat(s.review().anomalies(vicePrincipal, year, 1, NOV_5))
                .filteredOn(f -> f.kind() == Finding.Kind.LATE_ENTRIES).extracting(Finding::scope).containsExactly("7C");
        assertThat(found).filteredOn(f -> f.kind() == Finding.Kind.MISSING_NEAR_DEADLINE).extracting(Finding::scope)
                .contains("7A · MON/TOAN");
        assertThat(found).filteredOn(f -> f.kind() == Finding.Kind.CLASS_SIZE_CHANGE).extracting(Finding::scope)
                .containsExactly("7B");
        assertThat(found).noneMatch(f -> f.kind() == Finding.Kind.TEACHER_FAR_FROM_SCHOOL);
    }

    /** From each finding to its cells: the sheet the Sổ điểm opens and the cells it selects. */
    @Test
    void eachFindingLeadsToItsClassSheetAndCells() {
        s.stores().settings().put("review.lateShare", "25");
        List<Finding> found = s.review().anomalies(vicePrincipal, year, 1, NOV_5);
        java.util.function.Function<Finding.Kind, Finding> one = k -> found.stream().filter(f -> f.kind() == k)
                .findFirst().orElseThrow();
        vn.sotruong.core.review.FindingCells far = s.review().cells(vicePrincipal, year,
                one.apply(Finding.Kind.CLASS_FAR_FROM_SCHOOL), NOV_5);
        assertThat(far.classId()).isEqualTo(classes.get("7E"));
        assertThat(far.sheet()).isEqualTo(SheetRef.subject("TOAN"));
        assertThat(far.cells()).isEmpty();
        // the Toán teacher changed one cell of An twelve times
        vn.sotruong.core.review.FindingCells edits = s.review().cells(vicePrincipal, year,
                one.apply(Finding.Kind.MANY_EDITS), NOV_5);
        assertThat(edits.classId()).isEqualTo(c7a);
        assertThat(edits.cells()).containsExactly(new vn.sotruong.core.gradebook.EntryKey(an,
                vn.sotruong.core.gradebook.Area.SUBJECT, "TOAN", "HK1.TX1"));
        // 7C's entries came on 10/11: the first two ĐĐGtx were due before, so two late cells for each of its pupils
        vn.sotruong.core.review.FindingCells late = s.review().cells(vicePrincipal, year,
                one.apply(Finding.Kind.LATE_ENTRIES), NOV_5);
        assertThat(late.classId()).isEqualTo(classes.get("7C"));
        assertThat(late.sheet()).isEqualTo(SheetRef.subject("TOAN"));
        assertThat(late.cells()).hasSize(10).allMatch(k -> k.slot().matches("HK1\\.TX[12]")
                && pupils.get("7C").contains(k.pupilId()));
        Finding missing = found.stream().filter(f -> f.scope().equals("7A · MON/TOAN")).findFirst().orElseThrow();
        vn.sotruong.core.review.FindingCells blank = s.review().cells(vicePrincipal, year, missing, NOV_5);
        assertThat(blank.sheet()).isEqualTo(SheetRef.subject("TOAN"));
        assertThat(blank.cells()).isNotEmpty().allMatch(k -> k.item().equals("TOAN"))
                .noneMatch(k -> k.pupilId() == an && k.slot().equals("HK1.TX1"))
                .anyMatch(k -> k.pupilId() == binh);
        assertThat(code(() -> s.review().cells(vicePrincipal, year, one.apply(Finding.Kind.CLASS_SIZE_CHANGE),
                NOV_5))).isEqualTo("review.cells.none");
        assertThat(code(() -> s.review().cells(toanTeacher, year, missing, NOV_5))).isEqualTo("auth.denied");
    }

    @Test
    void aDistributionOverASelection() {
        Distribution toan = s.review().distribution(vicePrincipal, year, new Selection(7, null, "TOAN", null),
                new Measure("HK1.TB"));
        // 20 pupils entered; two of 7B left and one moved to 7C: 18 still count
        assertThat(toan.count()).isEqualTo(18);
        Distribution e = s.review().distribution(vicePrincipal, year, Selection.subject("TOAN").withClass(classes.get("7E")),
                new Measure("HK1.GK"));
        assertThat(e.count()).isEqualTo(5);
        assertThat(e.median()).isEqualByComparingTo("9.00");
        assertThat(e.shares().atLeast9()).isEqualByComparingTo("80.0");
        Distribution nothing = s.review().distribution(vicePrincipal, year, Selection.subject("NGUVAN"),
                new Measure("HK2.CK"));
        assertThat(nothing.empty()).isTrue();
        assertThat(code(() -> new Measure("HK3.GK"))).isEqualTo("review.measureInvalid");
    }

    /**
     * Worked by hand from the table above: of the 20 pupils two of 7B left and one moved to 7C, so 18 count, in the
     * class they are in now; a term average equals the scores here (every column holds the same value).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            grade 7  | HK1.GK | 18 | 7.00 | 6.50
            grade 7  | HK1.TB | 18 | 7.00 | 6.50
            class 7C | HK1.GK | 6  | 6.25 | 6.25
            class 7B | HK1.TB | 2  | 5.75 | 5.75
            class 7E | HK1.CK | 5  | 9.10 | 9.00
            school   | HK1.CK | 18 | 7.00 | 6.50
            teacher  | HK1.GK | 0  |      |
            school   | HK2.CK | 0  |      |
            """)
    void aColumnAndAnAverageOverKnownSelections(String where, String measure, int count, String mean, String median) {
        Selection toan = Selection.subject("TOAN");
        Selection sel = switch (where) {
            case "grade 7" -> new Selection(7, null, "TOAN", null);
            case "teacher" -> toan.withTeacher(toanTeacher.staffId());
            case "school" -> Selection.SCHOOL;
            default -> toan.withClass(classes.get(where.substring(6)));
        };
        Distribution d = s.review().distribution(vicePrincipal, year, sel, new Measure(measure));
        assertThat(d.count()).isEqualTo(count);
        if (count == 0) {
            // no data: no statistic at all, never NaN or a division by zero
            assertThat(d.empty()).isTrue();
            assertThat(d.mean()).isNull();
            assertThat(d.shares().below5()).isNull();
        } else {
            assertThat(d.mean()).isEqualByComparingTo(mean);
            assertThat(d.median()).isEqualByComparingTo(median);
        }
    }

    @Test
    void aDepartmentHeadSeesOnlyTheirDepartmentAndTeachersNothing() {
        Actor head = headOfToanDepartment();

        // the head counts only what the department's teachers teach: Toán of 7A, not the unassigned 7B–7E
        Distribution own = s.review().distribution(head, year, Selection.subject("TOAN"), new Measure("HK1.TB"));
        Distribution teacher = s.review().distribution(vicePrincipal, year, Selection.subject("TOAN")
                .withTeacher(toanTeacher.staffId()), new Measure("HK1.TB"));
        Distribution school = s.review().distribution(vicePrincipal, year, Selection.subject("TOAN"),
                new Measure("HK1.TB"));
        assertThat(own.count()).isEqualTo(teacher.count()).isLessThan(school.count());
        assertThat(s.review().distribution(head, year, Selection.SCHOOL, new Measure("HK1.GK")).count())
                .isEqualTo(s.review().distribution(vicePrincipal, year, Selection.SCHOOL.withTeacher(
                        toanTeacher.staffId()), new Measure("HK1.GK")).count());
        assertThat(code(() -> s.review().distribution(head, year, Selection.subject("GDCD").withTeacher(
                otherTeacher.staffId()), new Measure("HK1.GK")))).isEqualTo("review.otherDepartment");
        assertThat(code(() -> s.review().distribution(head, year, Selection.SCHOOL.withClass(classes.get("7E")),
                new Measure("HK1.GK")))).isEqualTo("review.otherDepartment");

        List<Finding> found = s.review().anomalies(head, year, 1, NOV_5);
        assertThat(found).extracting(Finding::kind).doesNotContain(Finding.Kind.CLASS_FAR_FROM_SCHOOL,
                Finding.Kind.LATE_ENTRIES, Finding.Kind.CLASS_SIZE_CHANGE);
        assertThat(found).filteredOn(f -> f.kind() == Finding.Kind.MANY_EDITS).extracting(Finding::scope)
                .containsExactly("gv.toan");
        assertThat(found).filteredOn(f -> f.kind() == Finding.Kind.MISSING_NEAR_DEADLINE)
                .allMatch(f -> "TOAN".equals(f.subject())).isNotEmpty();
        assertThat(s.progress().yearProgress(head, year, NOV_5)).isNotEmpty()
                .allMatch(l -> l.teacherStaffId() == toanTeacher.staffId());

        Actor noDepartment = Schools.person(s, "totruong.xh", "Đỗ Tổ Trưởng", Role.TO_TRUONG);
        assertThat(code(() -> s.review().anomalies(noDepartment, year, 1, NOV_5))).isEqualTo("review.noDepartment");
        assertThat(code(() -> s.review().anomalies(toanTeacher, year, 1, NOV_5))).isEqualTo("auth.denied");
    }
}
