package vn.sotruong.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scores workbook built pupil by pupil, as RULES.md writes the examples: each sheet's headers are the union of
 * the cells given, in order; {@link #term} turns "8;7;9;6,5/7,5/8,0" into a term's TX, GK and CK cells.
 */
final class ScoresBook {
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    ScoresBook put(String sheet, String code, Map<String, Object> cells) {
        List<String> h = headers.computeIfAbsent(sheet, k -> new ArrayList<>(List.of("Mã học sinh")));
        cells.keySet().stream().filter(k -> !h.contains(k)).forEach(h::add);
        Map<String, Object> row = new LinkedHashMap<>(cells);
        row.put("Mã học sinh", code);
        rows.computeIfAbsent(sheet, k -> new ArrayList<>()).add(row);
        return this;
    }

    Map<String, List<List<Object>>> sheets() {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        headers.forEach((sheet, h) -> {
            List<List<Object>> table = new ArrayList<>();
            table.add(new ArrayList<>(h));
            for (Map<String, Object> r : rows.get(sheet)) {
                List<Object> line = new ArrayList<>();
                h.forEach(k -> line.add(r.get(k)));
                table.add(line);
            }
            out.put(sheet, table);
        });
        return out;
    }

    /**
     * Both terms of a Circular 22 subject, each "TX;TX;…/GK/CK" (an empty part is not entered, null = the whole
     * term); scores as numeric cells when {@code numbers}, else as text with a decimal comma, as typed.
     */
    static Map<String, Object> terms(String hk1, String hk2, boolean numbers) {
        Map<String, Object> cells = new LinkedHashMap<>();
        String[] terms = {hk1, hk2};
        for (int t = 0; t < 2; t++) {
            if (terms[t] == null) {
                continue;
            }
            String hk = "HK" + (t + 1) + " ";
            String[] p = terms[t].split("/", -1);
            String[] tx = p[0].split(";");
            for (int i = 0; i < tx.length; i++) {
                cells.put(hk + "TX" + (i + 1), value(tx[i], numbers));
            }
            cells.put(hk + "GK", value(p[1], numbers));
            cells.put(hk + "CK", value(p[2], numbers));
        }
        return cells;
    }

    private static Object value(String v, boolean numbers) {
        if (v.isEmpty()) {
            return null;
        }
        return numbers && v.matches("[0-9]+([,.][0-9]+)?") ? (Object) Double.valueOf(v.replace(',', '.')) : v;
    }
}
