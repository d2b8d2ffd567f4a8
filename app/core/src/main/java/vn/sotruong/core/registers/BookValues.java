package vn.sotruong.core.registers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.sotruong.core.assessment.tt22.Level;
import vn.sotruong.core.assessment.tt22.SubjectOutcome;
import vn.sotruong.core.gradebook.ColumnKind;

/** How values are written in a printed book: dates dd/MM/yyyy, decimals with a comma, levels as T / K / Đ / CĐ. */
final class BookValues {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private BookValues() {
    }

    static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    /** A stored cell as printed: "7.5" → "7,5"; marks and remarks as they are; null stays null. */
    static String cell(String stored) {
        return stored == null ? null : stored.replace('.', ',');
    }

    /** A term or year result: the average or Đ / CĐ, "Miễn" when exempt, blank while not computed. */
    static String outcome(SubjectOutcome o) {
        if (o == null) {
            return null;
        }
        if (o.status() == SubjectOutcome.Status.EXEMPT) {
            return "Miễn";
        }
        String shown = o.display();
        return shown.isEmpty() ? null : cell(shown);
    }

    static String level(Level l) {
        return l == null ? null : ColumnKind.conductCode(l);
    }

    /** "11/2026". */
    static String month(java.time.YearMonth m) {
        return String.format(java.util.Locale.ROOT, "%02d/%d", m.getMonthValue(), m.getYear());
    }

    static String blankIfZero(int n) {
        return n == 0 ? null : Integer.toString(n);
    }
}
