package vn.sotruong.data.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.deadline.DeadlineSettings;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.deadline.ProgressLine;
import vn.sotruong.core.deadline.ProgressStatus;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * Deadlines of 2026–2027 (first teaching Monday 07/09/2026; week 8 ends Sunday 01/11/2026, week 9's Friday is
 * 06/11, week 17 ends 03/01/2027 and its Friday 01/01 is New Year's Day) and the entry progress against them.
 */
class DeadlineTest extends GradebookFixture {

    @ParameterizedTest(name = "{0} due {1}")
    @CsvSource(textBlock = """
            HK1.TX1, 2026-11-01
            HK1.TX2, 2026-11-01
            HK1.TX3, 2027-01-03
            HK1.TX4, 2027-01-03
            HK1.GK,  2026-11-20
            HK1.CK,  2027-01-15
            HE,      2027-08-31
            """)
    void toanInGrade7IsDueByTheRegulationsWeeksAndTenWorkingDaysAfterTheTests(String slot, LocalDate due) {
        DueDates dates = s.progress().dueDates(year);
        Column col = s.gradebook().columns(s.gradebook().classBook(admin, c7a), SheetRef.subject("TOAN")).stream()
                .filter(c -> c.slot().equals(slot)).findFirst().orElseThrow();
        assertThat(dates.due(col, 4)).contains(due);
    }

    @Test
    void aTestDateOnAHolidayMovesToTheWorkingDayBeforeAndTheSchoolMaySetItsOwn() {
        assertThat(s.progress().dueDates(year).testDate("HK1.CK")).isEqualTo(LocalDate.of(2026, 12, 31));
        store.services().stores().settings().put(DeadlineSettings.testDateKey("2026-2027", "HK1.GK"), "12/11/2026");
        assertThat(s.progress().dueDates(year).testDate("HK1.GK")).isEqualTo(LocalDate.of(2026, 11, 12));
        Column conductHk1 = ColumnLayout.tt22Conduct().getFirst();
        assertThat(s.progress().dueDates(year).due(conductHk1, 0)).contains(LocalDate.of(2027, 1, 10));
    }

    @Test
    void progressCountsWhatIsEnteredAndWhatCameAfterTheDeadline() {
        clock.advance(Duration.between(clock.instant(), java.time.Instant.parse("2026-10-20T03:00:00Z")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8"), CellEdit.of(binh, "HK1.TX1", "7")));
        clock.advance(Duration.ofDays(16)); // 05/11/2026, after the week-8 deadline
        save(toanTeacher, "TOAN", List.of(CellEdit.of(chi, "HK1.TX1", "9")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8,5"))); // a change is not a late entry

        List<ProgressLine> lines = s.progress().classProgress(admin, c7a, LocalDate.of(2026, 11, 5));
        ProgressLine tx1 = line(lines, "HK1 TX1");
        assertThat(tx1.expected()).isEqualTo(3);
        assertThat(tx1.entered()).isEqualTo(3);
        assertThat(tx1.enteredLate()).isEqualTo(1);
        assertThat(tx1.status()).isEqualTo(ProgressStatus.DONE_LATE);
        assertThat(tx1.teacherStaffId()).isEqualTo(toanTeacher.staffId());
        assertThat(line(lines, "HK1 TX2").status()).isEqualTo(ProgressStatus.LATE);
        assertThat(line(lines, "HK1 GK").status()).isEqualTo(ProgressStatus.OPEN);
        assertThat(line(s.progress().classProgress(admin, c7a, LocalDate.of(2026, 11, 15)), "HK1 GK").status())
                .isEqualTo(ProgressStatus.DUE_SOON);
        // the Toán teacher's own lines only; the homeroom teacher owns conduct
        assertThat(s.progress().yearProgress(toanTeacher, year, LocalDate.of(2026, 11, 5)))
                .allMatch(l -> l.sheet().equals(SheetRef.subject("TOAN")));
        assertThat(s.progress().yearProgress(homeroom, year, LocalDate.of(2026, 11, 5)))
                .extracting(ProgressLine::sheet).containsOnly(SheetRef.conduct());
    }

    @Test
    void oneSheetsProgressIsThatSheetsLinesOfTheClassAndAnUnknownSheetIsRefused() {
        clock.advance(Duration.between(clock.instant(), java.time.Instant.parse("2026-10-20T03:00:00Z")));
        save(toanTeacher, "TOAN", List.of(CellEdit.of(an, "HK1.TX1", "8")));
        LocalDate today = LocalDate.of(2026, 11, 5);

        List<ProgressLine> sheet = s.progress().sheetProgress(toanTeacher, c7a, SheetRef.subject("TOAN"), today);
        assertThat(sheet).isNotEmpty().allMatch(l -> l.sheet().equals(SheetRef.subject("TOAN")));
        assertThat(sheet).containsExactlyElementsOf(s.progress().classProgress(admin, c7a, today).stream()
                .filter(l -> l.sheet().equals(SheetRef.subject("TOAN"))).toList());
        assertThat(line(sheet, "HK1 TX1").missing()).isEqualTo(2);

        assertThatThrownBy(() -> s.progress().sheetProgress(admin, c7a, SheetRef.subject("TIENGVIET"), today))
                .isInstanceOf(DomainException.class).hasMessageContaining("gradebook.subjectNotInClass");
        assertThatThrownBy(() -> s.progress().sheetProgress(admin, c7a, SheetRef.qualities(), today))
                .isInstanceOf(DomainException.class).hasMessageContaining("gradebook.sheetNotInRules");
    }

    private static ProgressLine line(List<ProgressLine> lines, String header) {
        return lines.stream().filter(l -> l.sheet().equals(SheetRef.subject("TOAN")) && l.header().equals(header))
                .findFirst().orElseThrow();
    }
}
