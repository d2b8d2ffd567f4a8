package vn.sotruong.core.registers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One section of a printed book, as data: the layout (template) that prints it, its values for the whole
 * section (parameters) and its lines (rows), each a map of field name to printed text or number. The
 * templates decide everything about the page; this only says what is printed.
 *
 * @param template the layout's name without paper, e.g. {@code class-book/subjects}
 * @param label what the section is, for the print ledger ("7A · Bìa")
 * @param rows the lines; a line may name the part of the book it belongs to in {@link #PART} ("7A · Toán")
 */
public record BookSection(String template, String label, Map<String, Object> parameters,
                          List<Map<String, Object>> rows) {
    /** The row field naming the part (what is checked and reprinted together) when a section holds several. */
    public static final String PART = "part";

    /**
     * The class (or other unit) the section belongs to: its label before " · " ("7A" of "7A · Bìa"). A job's progress
     * counts units, and a book laid out for both sides starts each unit on the front of a sheet.
     */
    public String unit() {
        int dot = label.indexOf(" · ");
        return dot < 0 ? label : label.substring(0, dot);
    }

    public BookSection {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        rows = rows.stream().map(r -> Collections.unmodifiableMap(new LinkedHashMap<>(r))).toList();
    }
}
