package vn.sotruong.core.year;

import java.util.List;
import java.util.Optional;

public interface YearStore {
    long create(int startYear);

    List<SchoolYear> list();

    Optional<SchoolYear> find(long yearId);

    void saveTerms(long yearId, List<Term> terms);

    List<Term> terms(long yearId);

    void saveWeeks(long yearId, List<TeachingWeek> weeks);

    List<TeachingWeek> weeks(long yearId);

    void replaceCalendar(long yearId, List<CalendarDay> days);

    List<CalendarDay> calendar(long yearId);
}
