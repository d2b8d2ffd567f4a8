package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.Comparator;

/** A day and session of a class's register: what one entry (or one replaced day of an import) covers. */
public record ClassDay(LocalDate date, DaySession session) implements Comparable<ClassDay> {
    private static final Comparator<ClassDay> ORDER = Comparator.comparing(ClassDay::date)
            .thenComparing(ClassDay::session);

    @Override
    public int compareTo(ClassDay o) {
        return ORDER.compare(this, o);
    }
}
