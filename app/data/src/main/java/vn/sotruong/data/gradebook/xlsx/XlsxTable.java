package vn.sotruong.data.gradebook.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet before it is written: headers and rows of values, each a {@link java.math.BigDecimal} (a
 * one-decimal average), an {@link Integer} (a whole number), a {@link String}, or null (a blank cell).
 */
public final class XlsxTable {
    private final List<String> headers = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private List<Object> current;

    public void header(String h) {
        headers.add(h);
    }

    public void newRow() {
        current = new ArrayList<>();
        rows.add(current);
    }

    public void cell(Object value) {
        current.add(value);
    }

    List<String> headers() {
        return List.copyOf(headers);
    }

    List<List<Object>> rows() {
        return rows;
    }
}
