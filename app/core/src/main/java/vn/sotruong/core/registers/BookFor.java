package vn.sotruong.core.registers;

import java.time.YearMonth;
import java.util.List;

/**
 * Sổ của ai: what a line of the records catalogue is for, as data — a class, a class and month, a teacher's subject
 * in their classes, or the whole school (no classes named) — so a reader words it in its own language.
 *
 * @param classes the class names (one for a class book; those taught for a teacher's book; none for the school)
 * @param month the month of a sổ gọi tên; null otherwise
 * @param teacher the teacher of a sổ cá nhân; null otherwise
 * @param subject the subject's name of a sổ cá nhân; null otherwise
 */
public record BookFor(List<String> classes, YearMonth month, String teacher, String subject) {
    public BookFor {
        classes = List.copyOf(classes);
    }

    static BookFor schoolClass(String name) {
        return new BookFor(List.of(name), null, null, null);
    }

    static BookFor wholeSchool() {
        return new BookFor(List.of(), null, null, null);
    }
}
