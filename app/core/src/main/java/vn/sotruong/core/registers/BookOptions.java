package vn.sotruong.core.registers;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.ColumnLayout;

/**
 * Tùy chọn của sổ: what some books need besides the classes and the term — the teacher and subject of a
 * personal book (sổ cá nhân), the month of the attendance sheet (sổ gọi tên), the assessment point of the tiểu
 * học summary (bảng tổng hợp), and whether a personal book is printed empty (đầu học kì). The print ledger keeps
 * them after the scope ({@code class:7A;gv=12;mon=TOAN}), so a printed book can be gathered again to verify it.
 *
 * @param teacher the teacher's staff id (sổ cá nhân), or null
 * @param subject the subject's code (sổ cá nhân), or null
 * @param month the month (sổ gọi tên), or null
 * @param point GHK1, CHK1, GHK2 or CN (bảng tổng hợp), or null for the point of the period
 * @param blank a personal book with the pupils and empty columns
 */
public record BookOptions(Long teacher, String subject, YearMonth month, String point, boolean blank) {
    public static final BookOptions NONE = new BookOptions(null, null, null, null, false);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    public BookOptions {
        subject = subject == null || subject.isBlank() ? null : subject.strip().toUpperCase(Locale.ROOT);
        point = point == null || point.isBlank() ? null : point.strip().toUpperCase(Locale.ROOT);
        if (point != null && !ColumnLayout.POINTS.contains(point)) {
            throw new DomainException("registers.pointInvalid", point);
        }
    }

    public static BookOptions teacherBook(long teacher, String subject, boolean blank) {
        return new BookOptions(teacher, subject, null, null, blank);
    }

    public static BookOptions month(YearMonth month) {
        return new BookOptions(null, null, month, null, false);
    }

    public static BookOptions point(String point) {
        return new BookOptions(null, null, null, point, false);
    }

    /** "11/2026" as typed → the month; {@code registers.monthInvalid} otherwise. */
    public static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip(), MONTH);
        } catch (DateTimeParseException e) {
            throw new DomainException("registers.monthInvalid", String.valueOf(text));
        }
    }

    /** How the print ledger writes them after the scope: ";gv=12;mon=TOAN", ";thang=11/2026", "" for none. */
    String ledgerSuffix() {
        StringBuilder b = new StringBuilder();
        if (teacher != null) {
            b.append(";gv=").append(teacher);
        }
        if (subject != null) {
            b.append(";mon=").append(subject);
        }
        if (month != null) {
            b.append(";thang=").append(MONTH.format(month));
        }
        if (point != null) {
            b.append(";dg=").append(point);
        }
        if (blank) {
            b.append(";trong");
        }
        return b.toString();
    }

    /** The options a ledger scope carries after its first ';' (the inverse of {@link #ledgerSuffix()}). */
    static BookOptions parseLedger(List<String> parts) {
        Long teacher = null;
        String subject = null;
        YearMonth month = null;
        String point = null;
        boolean blank = false;
        for (String p : parts) {
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq);
            String value = eq < 0 ? "" : p.substring(eq + 1);
            switch (key) {
                case "gv" -> teacher = parseLong(value);
                case "mon" -> subject = value;
                case "thang" -> month = parseMonth(value);
                case "dg" -> point = value;
                case "trong" -> blank = true;
                default -> throw new DomainException("registers.scopeInvalid", p);
            }
        }
        return new BookOptions(teacher, subject, month, point, blank);
    }

    /** Splits a ledger scope into the scope and the options. */
    static List<String> split(String ledgerScope) {
        return new ArrayList<>(List.of(ledgerScope.split(";")));
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new DomainException("registers.scopeInvalid", s);
        }
    }
}
