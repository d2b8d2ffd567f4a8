package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.EntryChange;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.SaveResult;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;

/** Entering scores through the service, on a real H2 store: values, scope, concurrency, history and audit. */
class GradebookServiceTest extends GradebookFixture {

    @Test
    void theSubjectTeacherEntersATermAndTheAverageIsTheWorkedExampleT1() {
        SaveResult r = save(toanTeacher, "TOAN", term(an, 1, "8;7;9;6,5", "7,5", "8,0"));

        assertThat(r.changed()).hasSize(6);
        var row = r.sheet().row(an).orElseThrow();
        assertThat(row.result().hk1().average()).hasToString("7.7");
        assertThat(row.text(ColumnLayout.tx(1, 4))).isEqualTo("6.5");
        assertThat(row.version(ColumnLayout.tx(1, 4))).isEqualTo(1);
        // the sheet read again from the store says the same
        Sheet again = s.gradebook().sheet(toanTeacher, c7a, SheetRef.subject("TOAN"));
        assertThat(again.row(an).orElseThrow().result().hk1().average()).hasToString("7.7");
        assertThat(again.editable()).isTrue();
        assertThat(again.columns()).extracting(c -> c.header()).startsWith("HK1 TX1", "HK1 TX2", "HK1 TX3", "HK1 TX4",
                "HK1 GK", "HK1 CK");
    }

    @Test
    void twoRegularAssessmentsForA35PeriodSubjectGiveT3() {
        s.organisation().assign(admin, year, c7a, subjectId("GDCD"), toanTeacher.staffId());
        SaveResult r = save(toanTeacher, "GDCD", term(an, 1, "7;8", "6,0", "7,0"));
        assertThat(r.sheet().row(an).orElseThrow().result().hk1().average()).hasToString("6.9");
        assertThat(r.sheet().columns()).extracting(c -> c.slot()).doesNotContain(ColumnLayout.tx(1, 3));
    }

    @Test
    void theSheetASaveReturnsIsTheSheetAReadGivesBack() {
        save(toanTeacher, "TOAN", term(an, 1, "8;7;9;6,5", "7,5", "8,0"));
        save(toanTeacher, "TOAN", term(binh, 1, "5;6", "6,0", ""));
        // a clock with nanoseconds: the store keeps microseconds, and so do the entries a save returns
        clock.advance(java.time.Duration.ofNanos(123_456_789));
        SaveResult r = save(toanTeacher, "TOAN", List.of(CellEdit.of(an, ColumnLayout.tx(1, 1), "9"),
                CellEdit.of(an, ColumnLayout.midterm(1), ""), CellEdit.of(binh, ColumnLayout.tx(1, 3), "7,5"),
                CellEdit.of(chi, ColumnLayout.remark(1), "Tiến bộ rõ.")));

        assertThat(r.changed()).hasSize(4);
        Sheet read = s.gradebook().sheet(toanTeacher, c7a, SheetRef.subject("TOAN"));
        assertThat(r.sheet().rows()).isEqualTo(read.rows());
        assertThat(r.sheet().row(an).orElseThrow().cell(ColumnLayout.midterm(1)).orElseThrow().value().isEmpty()).isTrue();
        assertThat(r.changed()).allSatisfy(e -> assertThat(e.enteredAt().getNano() % 1000).isZero());
    }

    @Test
    void aMissingAssessmentBlocksTheAverage() {
        SaveResult r = save(toanTeacher, "TOAN", term(an, 1, "8;7;9", "7,5", "8,0"));
        var hk1 = r.sheet().row(an).orElseThrow().result().hk1();
        assertThat(hk1.computed()).isFalse();
        assertThat(hk1.average()).isNull();
        assertThat(hk1.missing()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            11      | HK1.TX1 | score.outOfRange
            -1      | HK1.GK  | score.outOfRange
            7,55    | HK1.TX2 | score.tooManyDecimals
            bảy     | HK1.CK  | score.notANumber
            Đ       | HK1.TX1 | score.notANumber
            7       | HK1.TX5 | gradebook.unknownColumn
            7       | HK3.GK  | gradebook.unknownColumn
            có      | HK1.MG  | gradebook.exemption.invalid
            """)
    void badInputIsRefusedWithItsCellAndNothingChanges(String text, String slot, String code) {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, ColumnLayout.tx(1, 1), "5")));
        int auditBefore = s.audit().latest(admin, 1000).size();

        List<CellEdit> edits = new ArrayList<>(term(binh, 1, "8;7;9;6,5", "7,5", "8,0"));
        edits.add(CellEdit.of(an, slot, text));
        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> save(toanTeacher, "TOAN", edits));

        assertThat(e.code()).isEqualTo("gradebook.cellsRefused");
        assertThat(e.problems()).extracting(CellProblem::pupilId, CellProblem::slot, CellProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(an, slot, code));
        Sheet sheet = s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN"));
        assertThat(sheet.row(binh).orElseThrow().cells()).isEmpty();
        assertThat(sheet.row(an).orElseThrow().text(ColumnLayout.tx(1, 1))).isEqualTo("5.0");
        assertThat(s.audit().latest(admin, 1000)).hasSize(auditBefore);
    }

    @Test
    void aCommentResultInAScoredSubjectAndAScoreInACommentSubjectAreRefused() {
        s.organisation().assign(admin, year, c7a, subjectId("AMNHAC"), toanTeacher.staffId());
        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> save(toanTeacher, "AMNHAC",
                List.of(CellEdit.of(an, ColumnLayout.tx(1, 1), "8"))));
        assertThat(e.problems()).extracting(CellProblem::code).containsExactly("comment.invalid");
        SaveResult ok = save(toanTeacher, "AMNHAC", List.of(CellEdit.of(an, ColumnLayout.tx(1, 1), "đạt"),
                CellEdit.of(an, ColumnLayout.tx(1, 2), "Chưa đạt")));
        assertThat(ok.sheet().row(an).orElseThrow().text(ColumnLayout.tx(1, 2))).isEqualTo("CĐ");
    }

    @Test
    void aSubjectTheClassDoesNotStudyAndAPupilOfAnotherClassAreRefused() {
        assertThat(code(() -> save(admin, "TIENGVIET", List.of(CellEdit.of(an, "HK1.TX1", "7")))))
                .isEqualTo("gradebook.subjectNotInClass");
        long c7b = s.organisation().addClass(admin, year, 7, "7B", null);
        long other = s.pupils().admit(admin, c7b, new vn.sotruong.core.pupil.Pupil(0, "HS900", "Vũ Văn Khác",
                java.time.LocalDate.of(2013, 1, 1), vn.sotruong.core.pupil.Gender.NAM, null, null, null, false, null,
                null, null, null, null, null), SEPT_5, null);
        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> save(admin, "TOAN",
                List.of(CellEdit.of(other, "HK1.TX1", "7"))));
        assertThat(e.problems()).extracting(CellProblem::code).containsExactly("gradebook.pupilNotInClass");
    }

    @Test
    void teachersReachOnlyWhatTheyAreAssigned() {
        assertThat(code(() -> save(otherTeacher, "TOAN", term(an, 1, "8", "", "")))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> s.gradebook().sheet(otherTeacher, c7a, SheetRef.subject("TOAN"))))
                .isEqualTo("scope.notYourClassOrSubject");
        // the Toán teacher sees the class's other subjects but cannot change them, nor conduct
        Sheet nv = s.gradebook().sheet(toanTeacher, c7a, SheetRef.subject("NGUVAN"));
        assertThat(nv.editable()).isFalse();
        assertThat(code(() -> save(toanTeacher, "NGUVAN", term(an, 1, "8", "", "")))).isEqualTo("scope.notYourClassOrSubject");
        assertThat(code(() -> s.gradebook().save(toanTeacher, c7a, SheetRef.conduct(),
                List.of(CellEdit.of(an, "HK1", "Tốt")), Via.GRID))).isEqualTo("scope.notYourClassOrSubject");
        // the homeroom teacher enters conduct; the office may import anything
        s.gradebook().save(homeroom, c7a, SheetRef.conduct(), List.of(CellEdit.of(an, "HK1", "khá")), Via.GRID);
        assertThat(s.gradebook().sheet(homeroom, c7a, SheetRef.conduct()).row(an).orElseThrow().text("HK1")).isEqualTo("K");
        assertThat(code(() -> save(admin, "NGUVAN", term(an, 1, "8", "", "")))).isEqualTo("ok");
    }

    @Test
    void aSecondPersonSavingOverAChangeTheyDidNotSeeIsRefusedWithWhoAndWhat() {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "6")));
        Sheet seenByOffice = s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN"));
        int seen = seenByOffice.row(an).orElseThrow().version("HK1.TX1");
        save(toanTeacher, "TOAN", List.of(new CellEdit(an, "HK1.TX1", "6,5", seen)));

        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> save(admin, "TOAN",
                List.of(new CellEdit(an, "HK1.TX1", "9", seen))));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("gradebook.changedMeanwhile");
            assertThat(p.args()).containsExactly("gv.toan", "6.5");
        });
        assertThat(s.gradebook().sheet(admin, c7a, SheetRef.subject("TOAN")).row(an).orElseThrow().text("HK1.TX1"))
                .isEqualTo("6.5");
    }

    @Test
    void everyChangeIsKeptInTheHistoryAndTheAuditTrail() {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "6")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "6,0"))); // same value: nothing to record
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "7")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", " ")));

        List<EntryChange> history = store.services().stores().gradebook().history(year,
                new EntryKey(an, Area.SUBJECT, "TOAN", "HK1.TX1"));
        assertThat(history).extracting(EntryChange::oldValue, EntryChange::newValue, EntryChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "6.0", "gv.toan"),
                        org.assertj.core.groups.Tuple.tuple("6.0", "7.0", "gv.toan"),
                        org.assertj.core.groups.Tuple.tuple("7.0", null, "gv.toan"));
        List<AuditEntry> scores = s.audit().latest(admin, 100).stream()
                .filter(a -> a.kind() == AuditKind.SCORE_CHANGED).toList();
        assertThat(scores).hasSize(3);
        assertThat(scores).extracting(AuditEntry::target).containsOnly("class:7A/MON/TOAN");
        assertThat(scores.getFirst().detail()).contains("HS001 HK1.TX1 7.0→—");
        assertThat(s.audit().verify(admin)).isEmpty();
        assertThat(store.services().stores().gradebook().editCountsByLogin(year)).containsEntry("gv.toan", 2);
    }

    @Test
    void aPupilWhoLeftStaysInTheBookButCannotBeChanged() {
        save(toanTeacher, "TOAN", List.of(CellEdit.of(chi, "HK1.TX1", "8")));
        s.movements().transferOut(admin, chi, java.time.LocalDate.of(2026, 11, 2), "Trường THCS Lê Lợi", "Chuyển nhà");

        Sheet sheet = s.gradebook().sheet(toanTeacher, c7a, SheetRef.subject("TOAN"));
        assertThat(sheet.rows()).extracting(r -> r.pupil().pupil().code()).containsExactly("HS001", "HS002", "HS003");
        assertThat(sheet.row(chi).orElseThrow().pupil().current()).isFalse();
        assertThat(sheet.row(chi).orElseThrow().text("HK1.TX1")).isEqualTo("8.0");
        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> save(toanTeacher, "TOAN",
                List.of(CellEdit.of(chi, "HK1.TX1", "9"))));
        assertThat(e.problems()).extracting(CellProblem::code).containsExactly("gradebook.pupilNotInClass");
    }
}
