package vn.sotruong.data.review;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.data.gradebook.xlsx.XlsxTable;
import vn.sotruong.data.gradebook.xlsx.XlsxTables;

/**
 * Saves a review view (bảng rà soát) as xlsx for the monthly meeting: a sheet per table with the numbers as
 * numeric cells, and for a distribution a sheet with the chart's bars (percent per point, selection and school).
 */
public final class ReviewXlsx {
    private ReviewXlsx() {
    }

    public static void write(ReviewSheet sheet, Path out) {
        Map<String, XlsxTable> sheets = new LinkedHashMap<>();
        for (ReviewSheet.Table t : sheet.tables()) {
            XlsxTable x = new XlsxTable();
            t.headers().forEach(x::header);
            for (List<Object> row : t.rows()) {
                x.newRow();
                row.forEach(x::cell);
            }
            sheets.put(unique(sheets, sheetName(t.name())), x);
        }
        if (!sheet.bars().isEmpty()) {
            XlsxTable x = new XlsxTable();
            sheet.barHeaders().forEach(x::header);
            for (ReviewSheet.Bar b : sheet.bars()) {
                x.newRow();
                x.cell(b.label());
                x.cell(percent(b.selection()));
                x.cell(percent(b.school()));
            }
            sheets.put(unique(sheets, sheetName(sheet.title())), x);
        }
        XlsxTables.write(sheets, out);
    }

    private static java.math.BigDecimal percent(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\. */
    private static String sheetName(String name) {
        String n = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return n.length() > 31 ? n.substring(0, 31) : n;
    }

    private static String unique(Map<String, XlsxTable> sheets, String name) {
        String n = name;
        for (int i = 2; sheets.containsKey(n); i++) {
            n = name.length() > 28 ? name.substring(0, 28) + " " + i : name + " " + i;
        }
        return n;
    }
}
