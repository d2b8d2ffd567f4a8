package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.CellProblem;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.gradebook.EntriesRefused;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.locks.LockColumns;
import vn.sotruong.core.locks.LockDecision;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.support.Schools;

/** Locks hold on every path of the service; only the principal's decision opens; deadlines lock by themselves. */
class LockTest extends GradebookFixture {
    private Actor principal;
    private int typed;

    @BeforeEach
    void principalAndAutomaticLocks() {
        principal = Schools.person(s, "hieutruong", "Nguyễn Thị Hạnh", Role.HIEU_TRUONG);
        store.services().stores().settings().put(LockService.AUTOMATIC, "true");
    }

    private void setDay(String isoInstant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(isoInstant)));
    }

    @Test
    void aColumnLocksWhatIsEnteredTheDayAfterItsDeadlineAndEmptyCellsMayStillBeFilledLate() {
        setDay("2026-11-01T10:00:00Z"); // Sunday 01/11, the last day for the first half of HK I's ĐĐGtx
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8,5"))); // still the last day: changes freely
        setDay("2026-11-02T01:00:00Z");

        EntriesRefused e = catchThrowableOfType(EntriesRefused.class, () -> save(toanTeacher, "TOAN",
                List.of(CellEdit.of(an, "HK1.TX1", "9"), CellEdit.of(binh, "HK1.TX3", "7"))));

        assertThat(e.problems()).extracting(CellProblem::slot, CellProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HK1.TX1", "lock.afterDeadline"));
        assertThat(e.problems().getFirst().args()).containsExactly(LocalDate.of(2026, 11, 1));
        assertThat(s.gradebook().sheet(toanTeacher, c7a, SheetRef.subject("TOAN")).locked("HK1.TX1")).isTrue();
        assertThat(s.gradebook().sheet(toanTeacher, c7a, SheetRef.subject("TOAN")).locked("HK1.TX3")).isFalse();
        // an empty cell is filled late (the progress shows it late); clearing an entered one is a change
        save(toanTeacher, "TOAN", List.of(CellEdit.of(binh, "HK1.TX1", "7")));
        assertThat(code(() -> save(toanTeacher, "TOAN", List.of(CellEdit.of(binh, "HK1.TX1", ""))))).isEqualTo(
                "gradebook.cellsRefused");
        assertThat(s.progress().classProgress(admin, c7a, LocalDate.of(2026, 11, 2)).stream()
                .filter(l -> l.header().equals("HK1 TX1") && l.sheet().equals(SheetRef.subject("TOAN")))
                .findFirst().orElseThrow().enteredLate()).isEqualTo(1);
        // re-sending an unchanged locked value is not a change: an import of the whole file still goes through
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8,5"), CellEdit.of(binh, "HK1.TX3", "7")));
    }

    @Test
    void aLockDecisionHoldsForTheOfficeAndTheImportToo() {
        s.locks().lock(admin, year, LockScope.ofClass(c7a), LockColumns.parse("GK:1"), "Đã kiểm tra xong giữa kì I");

        assertThat(refusal(admin, Via.IMPORT, "HK1.GK")).isEqualTo("lock.locked");
        assertThat(refusal(toanTeacher, Via.GRID, "HK1.GK")).isEqualTo("lock.locked");
        assertThat(refusal(toanTeacher, Via.GRID, "HK2.GK")).isEqualTo("ok");
        assertThat(s.audit().latest(admin, 10)).extracting(x -> x.kind()).contains(AuditKind.LOCK_CHANGED);
    }

    /**
     * A workbook of several sheets is saved in one transaction with the year's locks read once: every sheet still
     * obeys them (nothing saved when one cell is refused), and every sheet answered shows them.
     */
    @Test
    void aWorkbookImportObeysTheLocksOnEverySheet() {
        s.locks().lock(admin, year, LockScope.ofClass(c7a), LockColumns.parse("GK:1"), "Đã kiểm tra xong giữa kì I");
        SheetRef toan = SheetRef.subject("TOAN");
        SheetRef van = SheetRef.subject("NGUVAN");
        java.util.Map<SheetRef, List<CellEdit>> workbook = new java.util.LinkedHashMap<>();
        workbook.put(toan, List.of(CellEdit.of(an, "HK1.TX1", "7"), CellEdit.of(an, "HK1.GK", "8")));
        workbook.put(van, List.of(CellEdit.of(binh, "HK1.TX1", "6"), CellEdit.of(binh, "HK1.GK", "6,5")));

        EntriesRefused e = catchThrowableOfType(EntriesRefused.class,
                () -> s.gradebook().saveAll(admin, c7a, workbook, Via.IMPORT));

        assertThat(e.problems()).extracting(CellProblem::sheet, CellProblem::slot, CellProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(toan, "HK1.GK", "lock.locked"),
                org.assertj.core.groups.Tuple.tuple(van, "HK1.GK", "lock.locked"));
        assertThat(s.gradebook().sheet(admin, c7a, toan).row(an).orElseThrow().cells()).isEmpty();
        assertThat(s.gradebook().sheet(admin, c7a, van).row(binh).orElseThrow().cells()).isEmpty();

        workbook.replaceAll((ref, edits) -> edits.subList(0, 1));
        var saved = s.gradebook().saveAll(admin, c7a, workbook, Via.IMPORT);
        assertThat(saved).hasSize(2).allSatisfy(r -> {
            assertThat(r.sheet().locked("HK1.GK")).isTrue();
            assertThat(r.sheet().locked("HK2.TX1")).isFalse();
        });
        assertThat(s.gradebook().sheet(admin, c7a, van).row(binh).orElseThrow().cells()).containsOnlyKeys("HK1.TX1");
    }

    @Test
    void onlyThePrincipalsConfirmationOpensAndAnOpeningEndsByItself() {
        setDay("2026-10-20T03:00:00Z");
        save(toanTeacher, "TOAN", List.of(CellEdit.of(chi, "HK1.TX1", "5"), CellEdit.of(chi, "HK1.TX2", "5")));
        setDay("2026-11-20T03:00:00Z");
        assertThat(refusal(toanTeacher, Via.GRID, "HK1.TX1")).isEqualTo("lock.afterDeadline");
        LockScope toan7a = LockScope.ofClassSubject(c7a, "TOAN");

        assertThat(code(() -> s.locks().open(admin, admin, year, toan7a, LockColumns.parse("TX:1"), null, "x")))
                .isEqualTo("lock.principalRequired");
        assertThat(code(() -> s.locks().open(toanTeacher, principal, year, toan7a, LockColumns.parse("TX:1"), null,
                "x"))).isEqualTo("auth.denied");
        assertThat(code(() -> s.locks().open(admin, principal, year, toan7a, LockColumns.parse("TX:1"),
                LocalDate.of(2026, 11, 25), " "))).isEqualTo("lock.reasonRequired");
        s.locks().open(admin, principal, year, toan7a, LockColumns.parse("TX:1"), LocalDate.of(2026, 11, 25),
                "Giáo viên ốm dài ngày, nhập bù theo quyết định số 12/QĐ-THCS");

        assertThat(refusal(toanTeacher, Via.GRID, "HK1.TX1")).isEqualTo("ok");
        LockDecision d = s.locks().decisions(admin, year).getLast();
        assertThat(d.decidedBy()).isEqualTo("hieutruong");
        assertThat(d.recordedBy()).isEqualTo(Schools.ADMIN);
        setDay("2026-11-26T03:00:00Z");
        assertThat(refusal(toanTeacher, Via.GRID, "HK1.TX2")).isEqualTo("lock.openingEnded");
        // conduct is due at the end of the term: nothing of it is locked yet
        assertThat(s.locks().lockedColumns(s.gradebook().classBook(admin, c7a), SheetRef.conduct(),
                s.gradebook().columns(s.gradebook().classBook(admin, c7a), SheetRef.conduct()))).isEmpty();
    }

    @ParameterizedTest(name = "{0} covers {1}/{2}: {3}")
    @CsvSource(textBlock = """
            ALL,     MON,      HK1.TX1, 1, true
            TX:1,    MON,      HK1.TX3, 1, true
            TX:1,    MON,      HK2.TX1, 2, false
            TX:1:2,  MON,      HK1.TX2, 1, true
            TX:1:2,  MON,      HK1.TX1, 1, false
            GK:1,    MON,      HK1.GK,  1, true
            GK:1,    MON,      GHK1.MUC, 1, true
            CK:2,    MON,      CN.DIEM, 2, true
            CK:1,    MON,      CHK1.MUC, 1, true
            CK:1,    MON,      HK1.GK,  1, false
            TERM:1,  RENLUYEN, HK1,     1, true
            TERM:1,  MON,      HK1.NX,  1, true
            TERM:1,  MON,      HK1.CK,  1, false
            TERM:2,  PCNL,     YEUNUOC.CN, 2, true
            YEAR,    MON,      HE,      0, true
            YEAR,    RENLUYEN, HK2,     2, false
            """)
    void columnSelectors(String selector, String area, String slot, int term, boolean covered) {
        Column c = new Column(slot, ColumnKind.SCORE, slot, term, true);
        assertThat(LockColumns.parse(selector).covers(Area.ofCode(area), c)).isEqualTo(covered);
        assertThat(LockColumns.parse(selector)).hasToString(selector);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            TX:3
            GK
            XX:1
            YEAR:1
            TX:1:2:3
            ''
            """)
    void badSelectorsAreRefused(String selector) {
        assertThat(code(() -> LockColumns.parse(selector))).isEqualTo("lock.columnsInvalid");
    }

    private String refusal(Actor who, Via via, String slot) {
        try {
            s.gradebook().save(who, c7a, SheetRef.subject("TOAN"), List.of(CellEdit.of(chi, slot,
                    (++typed % 10) + ",5")), via);
            return "ok";
        } catch (EntriesRefused e) {
            return e.problems().getFirst().code();
        }
    }
}
