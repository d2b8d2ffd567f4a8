package vn.sotruong.core.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnKind;
import vn.sotruong.core.year.TeachingWeek;
import vn.sotruong.core.year.Term;
import vn.sotruong.core.year.WorkingDayCalculator;

/**
 * The day by which each column must be entered, for one school year. Pure: it reads the year's weeks, terms
 * and working days and the school's {@link DeadlineSettings}. Remarks and exemptions have no deadline.
 */
public final class DueDates {
    private final int yearStart;
    private final List<TeachingWeek> weeks;
    private final List<Term> terms;
    private final WorkingDayCalculator workingDays;
    private final DeadlineSettings settings;

    public DueDates(int yearStart, List<TeachingWeek> weeks, List<Term> terms, WorkingDayCalculator workingDays,
                    DeadlineSettings settings) {
        this.yearStart = yearStart;
        this.weeks = List.copyOf(weeks);
        this.terms = List.copyOf(terms);
        this.workingDays = workingDays;
        this.settings = settings;
    }

    /**
     * When {@code column} is due; {@code regularCount} is the sheet's number of ĐĐGtx per term (the first half
     * is due by the term's first regular week, the rest by its second). Empty: no deadline.
     */
    public Optional<LocalDate> due(Column column, int regularCount) {
        String slot = column.slot();
        if (column.kind() == ColumnKind.REMARK || column.kind() == ColumnKind.EXEMPTION) {
            return Optional.empty();
        }
        if (column.term() == 0) {
            return Optional.of(summer());
        }
        int t = column.term();
        if (slot.matches("HK[12]\\.TX\\d+")) {
            int i = Integer.parseInt(slot.substring(slot.indexOf("TX") + 2));
            int half = (regularCount + 1) / 2;
            return Optional.of(regular(t, i <= half ? 1 : 2));
        }
        if (slot.endsWith(".GK") || slot.startsWith("GHK") || slot.matches("[A-Z]+\\.GHK[12]")) {
            return Optional.of(periodic("HK" + t + ".GK"));
        }
        if (slot.endsWith(".CK") || slot.startsWith("CHK1") || slot.startsWith("CN") || slot.matches("[A-Z]+\\.(CHK1|CN)")) {
            return Optional.of(periodic("HK" + t + ".CK"));
        }
        // conduct of a term: by the end of the term
        return terms.stream().filter(x -> x.number() == t).map(Term::end).findFirst();
    }

    /** When the ĐĐGtx of a term are due: round 1 (the first half) or round 2 (all of them). */
    public LocalDate regular(int term, int round) {
        return weekEnd(settings.regularWeeks().get(2 * (term - 1) + round - 1));
    }

    /** When the results of a periodic test ({@code HK1.GK} … {@code HK2.CK}) are due. */
    public LocalDate periodic(String test) {
        return workingDays.addWorkingDays(testDate(test), settings.periodicWorkingDays());
    }

    /** When the summer re-assessment (rèn luyện, kiểm tra lại trong hè) is due. */
    public LocalDate summer() {
        return settings.summerDeadline().atYear(yearStart + 1);
    }

    /** The test date the school set, or the Friday of the default week (the working day before, if a holiday). */
    public LocalDate testDate(String test) {
        LocalDate set = settings.testDates().get(test);
        if (set != null) {
            return set;
        }
        int week = DeadlineSettings.DEFAULT_TEST_WEEKS.get(DeadlineSettings.TESTS.indexOf(test));
        LocalDate d = week(week).monday().with(DayOfWeek.FRIDAY);
        while (!workingDays.isWorkingDay(d) && d.isAfter(week(week).monday())) {
            d = d.minusDays(1);
        }
        return d;
    }

    private LocalDate weekEnd(int number) {
        return week(number).sunday();
    }

    private TeachingWeek week(int number) {
        return weeks.stream().filter(w -> w.number() == number).findFirst()
                .orElseGet(() -> weeks.getLast());
    }
}
