package vn.sotruong.data.registers;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.registers.RecordCatalogue;
import vn.sotruong.core.registers.RecordState;
import vn.sotruong.data.gradebook.xlsx.XlsxTable;
import vn.sotruong.data.gradebook.xlsx.XlsxTables;

/** Danh mục hồ sơ as a spreadsheet: a sheet of the books with their state, and a sheet of the counts per state. */
public final class RecordCatalogueXlsx {
    private RecordCatalogueXlsx() {
    }

    public static void write(RecordCatalogue catalogue, Path out) {
        XlsxTable books = new XlsxTable();
        RecordCatalogue.HEADERS.forEach(books::header);
        for (List<String> row : catalogue.rows()) {
            books.newRow();
            for (int i = 0; i < row.size(); i++) {
                books.cell(i == 0 || i == 4 && !row.get(i).isEmpty() ? (Object) Integer.valueOf(row.get(i))
                        : row.get(i));
            }
        }
        XlsxTable counts = new XlsxTable();
        counts.header("Tình trạng");
        counts.header("Số sổ");
        catalogue.counts().forEach((RecordState s, Integer n) -> {
            counts.newRow();
            counts.cell(s.label());
            counts.cell(n);
        });
        counts.newRow();
        counts.cell("Đã lỗi thời (cần in lại)");
        counts.cell((int) catalogue.outOfDate());
        Map<String, XlsxTable> sheets = new LinkedHashMap<>();
        sheets.put("Danh mục hồ sơ " + catalogue.yearLabel(), books);
        sheets.put("Tổng hợp", counts);
        XlsxTables.write(sheets, out);
    }
}
