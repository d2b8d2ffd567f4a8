package vn.sotruong.data.gradebook.xlsx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * Reads a class's scores workbook (INTERFACES.md "Scores, THCS" / "Scores, tiểu học") into the cells to save.
 * Sheets are found by name (subject code, RENLUYEN, PCNL, DANHGIALAI, RENLUYENHE, DANHGIABOSUNG), columns by
 * header in any order (the headers of the gradebook's own columns), pupils by mã học sinh among the class's
 * pupils. A blank cell is "not entered": it gives no cell to save, so what is stored stays as it is. Whether a
 * value is acceptable is decided by the gradebook when saving, not here.
 */
final class ScoresWorkbookReader {
    private final ClassBook book;
    private final Function<SheetRef, List<Column>> columns;
    private final boolean tt22;
    private final Map<String, RosterRow> byCode = new HashMap<>();
    private final ScoresWorkbook out = new ScoresWorkbook();

    ScoresWorkbookReader(ClassBook book, Function<SheetRef, List<Column>> columns) {
        this.book = book;
        this.columns = columns;
        this.tt22 = book.rules() instanceof Tt22RuleSet;
        book.roster().forEach(r -> byCode.put(r.pupil().code().toUpperCase(Locale.ROOT), r));
    }

    ScoresWorkbook read(Workbook wb) {
        for (Sheet sheet : wb) {
            if (sheet.getPhysicalNumberOfRows() > 0) {
                readSheet(sheet);
            }
        }
        if (out.sheetsRead() == 0 && !out.hasErrors()) {
            out.report(ScoresIssue.error(CellSource.sheet(null), "scores.import.noSheets", className()));
        }
        return out;
    }

    private void readSheet(Sheet sheet) {
        String name = sheet.getSheetName();
        String key = ScoresXlsx.sheetKey(name);
        if (book.subject(key).isPresent()) {
            grid(sheet, SheetRef.subject(key));
        } else if (tt22 && key.equals(ScoresXlsx.CONDUCT)) {
            grid(sheet, SheetRef.conduct());
        } else if (!tt22 && key.equals(ScoresXlsx.QUALITIES)) {
            grid(sheet, SheetRef.qualities());
        } else if (tt22 && key.equals(ScoresXlsx.REASSESSMENT)) {
            list(sheet, true, slots(ScoresXlsx.RESULT, ColumnLayout.SUMMER));
        } else if (tt22 && key.equals(ScoresXlsx.SUMMER_CONDUCT)) {
            list(sheet, false, slots(ScoresXlsx.RESULT, ColumnLayout.SUMMER));
        } else if (!tt22 && key.equals(ScoresXlsx.SUPPLEMENTARY)) {
            list(sheet, true, slots(ScoresXlsx.SCORE, ColumnLayout.test(ColumnLayout.SUPPLEMENTARY),
                    ScoresXlsx.LEVEL, ColumnLayout.level(ColumnLayout.SUPPLEMENTARY)));
        } else if (ScoresXlsx.isSubjectCode(key)) {
            out.report(ScoresIssue.error(CellSource.sheet(name), "gradebook.subjectNotInClass", key, className()));
        } else if (Set.of(ScoresXlsx.CONDUCT, ScoresXlsx.QUALITIES, ScoresXlsx.REASSESSMENT, ScoresXlsx.SUMMER_CONDUCT,
                ScoresXlsx.SUPPLEMENTARY).contains(key)) {
            out.report(ScoresIssue.error(CellSource.sheet(name), "scores.import.sheetNotForLevel", key, className()));
        } else {
            out.report(ScoresIssue.warning(CellSource.sheet(name), "scores.import.unknownSheet"));
        }
    }

    /** A sheet with one row per pupil and one column per cell of the book (a subject, RENLUYEN, PCNL). */
    private void grid(Sheet sheet, SheetRef ref) {
        out.sheetRead();
        String name = sheet.getSheetName();
        Map<String, Column> byHeader = new LinkedHashMap<>();
        columns.apply(ref).forEach(c -> byHeader.put(c.header(), c));
        Set<String> known = new LinkedHashSet<>(List.of(ScoresXlsx.CODE, ScoresXlsx.NAME));
        known.addAll(byHeader.keySet());
        Map<String, Integer> found = headers(sheet, known);
        List<String> values = found.keySet().stream().filter(byHeader::containsKey).toList();
        boolean ok = require(name, found, ScoresXlsx.CODE);
        if (values.isEmpty()) {
            out.report(ScoresIssue.error(CellSource.header(name, null), "scores.import.noKnownColumns",
                    byHeader.keySet().iterator().next()));
            ok = false;
        }
        if (!ok) {
            return;
        }
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> cells = cells(row, found, values);
            RosterRow pupil = pupil(name, r + 1, row, found, !cells.isEmpty());
            if (pupil == null) {
                continue;
            }
            Integer first = rowOf.putIfAbsent(pupil.pupilId(), r + 1);
            if (first != null) {
                out.report(ScoresIssue.error(new CellSource(name, r + 1, ScoresXlsx.CODE, pupil.pupil().code()),
                        "scores.import.pupilTwice", pupil.pupil().code(), first));
                continue;
            }
            int excelRow = r + 1;
            cells.forEach((header, text) -> out.add(ref, pupil.pupilId(), byHeader.get(header).slot(), text,
                    new CellSource(name, excelRow, header, text)));
        }
    }

    /**
     * A sheet with one row per pupil (and subject): DANHGIALAI and DANHGIABOSUNG name the subject in column
     * {@code Môn}; RENLUYENHE is about conduct. The first of {@code slotOfHeader} is the column the sheet needs.
     */
    private void list(Sheet sheet, boolean bySubject, Map<String, String> slotOfHeader) {
        out.sheetRead();
        String name = sheet.getSheetName();
        Set<String> known = new LinkedHashSet<>(List.of(ScoresXlsx.CODE, ScoresXlsx.NAME));
        if (bySubject) {
            known.add(ScoresXlsx.SUBJECT);
        }
        known.addAll(slotOfHeader.keySet());
        Map<String, Integer> found = headers(sheet, known);
        List<String> values = found.keySet().stream().filter(slotOfHeader::containsKey).toList();
        boolean ok = require(name, found, ScoresXlsx.CODE) & (!bySubject || require(name, found, ScoresXlsx.SUBJECT));
        if (values.isEmpty()) {
            ok = require(name, found, slotOfHeader.keySet().iterator().next()) && ok;
        }
        if (!ok) {
            return;
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            int excelRow = r + 1;
            Map<String, String> cells = cells(row, found, values);
            RosterRow pupil = pupil(name, excelRow, row, found, !cells.isEmpty());
            if (pupil == null || cells.isEmpty()) {
                continue;
            }
            SheetRef ref = bySubject ? subjectOf(name, excelRow, row, found) : SheetRef.conduct();
            if (ref == null) {
                continue;
            }
            Set<String> slots = new HashSet<>();
            columns.apply(ref).forEach(c -> slots.add(c.slot()));
            cells.forEach((header, text) -> {
                CellSource at = new CellSource(name, excelRow, header, text);
                if (slots.contains(slotOfHeader.get(header))) {
                    out.add(ref, pupil.pupilId(), slotOfHeader.get(header), text, at);
                } else {
                    out.report(ScoresIssue.error(at, "scores.import.notTested", ref.item(),
                            book.schoolClass().grade()));
                }
            });
        }
    }

    /** Header → slot pairs in the order given. */
    private static Map<String, String> slots(String... headerSlot) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headerSlot.length; i += 2) {
            m.put(headerSlot[i], headerSlot[i + 1]);
        }
        return m;
    }

    private SheetRef subjectOf(String sheet, int excelRow, Row row, Map<String, Integer> found) {
        String text = XlsxCells.text(row, found.get(ScoresXlsx.SUBJECT));
        String code = ScoresXlsx.sheetKey(text);
        CellSource at = new CellSource(sheet, excelRow, ScoresXlsx.SUBJECT, text);
        if (code.isEmpty()) {
            out.report(ScoresIssue.error(at, "scores.import.subjectMissing"));
            return null;
        }
        if (book.subject(code).isEmpty()) {
            out.report(ScoresIssue.error(at, "gradebook.subjectNotInClass", code, className()));
            return null;
        }
        return SheetRef.subject(code);
    }

    /** The header row: which known header stands in which column; unknown ones are warned about. */
    private Map<String, Integer> headers(Sheet sheet, Set<String> known) {
        Map<String, Integer> found = new LinkedHashMap<>();
        Row header = sheet.getRow(0);
        if (header == null) {
            return found;
        }
        for (Cell cell : header) {
            String h = ScoresXlsx.header(XlsxCells.text(cell));
            if (h.isEmpty()) {
                continue;
            }
            CellSource at = CellSource.header(sheet.getSheetName(), h);
            if (!known.contains(h)) {
                out.report(ScoresIssue.warning(at, "scores.import.unknownColumn"));
            } else if (found.putIfAbsent(h, cell.getColumnIndex()) != null) {
                out.report(ScoresIssue.error(at, "scores.import.duplicateHeader"));
            }
        }
        return found;
    }

    private boolean require(String sheet, Map<String, Integer> found, String header) {
        if (found.containsKey(header)) {
            return true;
        }
        out.report(ScoresIssue.error(CellSource.header(sheet, header), "scores.import.headerMissing"));
        return false;
    }

    /** The non-blank cells of a row under the value headers. */
    private static Map<String, String> cells(Row row, Map<String, Integer> found, List<String> values) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String h : values) {
            String text = XlsxCells.text(row, found.get(h));
            if (!text.isBlank()) {
                cells.put(h, text);
            }
        }
        return cells;
    }

    /**
     * The class's pupil named by the row's mã học sinh, or null: a blank row, a row with values but no code, a code
     * not in the class (reported). A name that is not the book's is only a warning.
     */
    private RosterRow pupil(String sheet, int excelRow, Row row, Map<String, Integer> found, boolean hasValues) {
        String code = XlsxCells.text(row, found.get(ScoresXlsx.CODE)).toUpperCase(Locale.ROOT);
        CellSource at = new CellSource(sheet, excelRow, ScoresXlsx.CODE, code);
        if (code.isEmpty()) {
            if (hasValues) {
                out.report(ScoresIssue.error(at, "scores.import.codeMissing"));
            }
            return null;
        }
        RosterRow pupil = byCode.get(code);
        if (pupil == null) {
            out.report(ScoresIssue.error(at, "scores.import.pupilNotInClass", code, className()));
            return null;
        }
        Integer nameColumn = found.get(ScoresXlsx.NAME);
        String name = nameColumn == null ? "" : VietnameseText.nfc(XlsxCells.text(row, nameColumn));
        if (!name.isEmpty() && !VietnameseText.searchKey(name).replaceAll("\\s+", " ")
                .equals(VietnameseText.searchKey(pupil.pupil().fullName()).replaceAll("\\s+", " "))) {
            out.report(ScoresIssue.warning(new CellSource(sheet, excelRow, ScoresXlsx.NAME, name),
                    "scores.import.nameDiffers", code, pupil.pupil().fullName()));
        }
        return pupil;
    }

    private String className() {
        return book.schoolClass().name();
    }
}
