package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * One class's whole year of entries, worked out before any is written: for each sheet its columns and each
 * pupil's cells (slot → text as typed). Rounds then take their columns from it.
 */
final class ClassYear {
    private final ClassBook book;
    private final Map<SheetRef, List<Column>> columns = new LinkedHashMap<>();
    private final Map<SheetRef, Map<Long, Map<String, String>>> cells = new LinkedHashMap<>();

    ClassYear(ClassBook book) {
        this.book = book;
    }

    ClassBook book() {
        return book;
    }

    String name() {
        return book.schoolClass().name();
    }

    long classId() {
        return book.schoolClass().id();
    }

    void sheet(SheetRef ref, List<Column> cols) {
        columns.put(ref, cols);
        cells.put(ref, new LinkedHashMap<>());
    }

    void put(SheetRef ref, long pupilId, Map<String, String> row) {
        cells.get(ref).put(pupilId, new LinkedHashMap<>(row));
    }

    Map<SheetRef, List<Column>> sheets() {
        return columns;
    }

    /** The planned text of a cell, or null when nobody enters it. */
    String text(SheetRef ref, long pupilId, String slot) {
        Map<String, String> row = cells.get(ref).get(pupilId);
        return row == null ? null : row.get(slot);
    }

    void set(SheetRef ref, long pupilId, String slot, String text) {
        Map<String, String> row = cells.get(ref).get(pupilId);
        if (text == null) {
            row.remove(slot);
        } else {
            row.put(slot, text);
        }
    }

    /** The ĐĐGtx a term of the sheet (0 for sheets without them). */
    int regular(SheetRef ref) {
        return (int) columns.get(ref).stream().filter(c -> c.term() == 1 && EntryRound.regularIndex(c) > 0).count();
    }

    /** The round's cells of every sheet, as an import of the class's workbook would carry them. */
    Map<SheetRef, List<CellEdit>> edits(EntryRound round) {
        Map<SheetRef, List<CellEdit>> out = new LinkedHashMap<>();
        columns.forEach((ref, cols) -> {
            int n = regular(ref);
            List<Column> taken = cols.stream().filter(c -> round.takes(ref, c, n)).toList();
            List<CellEdit> edits = new ArrayList<>();
            cells.get(ref).forEach((pupil, row) -> taken.forEach(c -> {
                String text = row.get(c.slot());
                if (text != null) {
                    edits.add(CellEdit.of(pupil, c.slot(), text));
                }
            }));
            if (!edits.isEmpty()) {
                out.put(ref, edits);
            }
        });
        return out;
    }

    /** The index of the round that enters a column of a sheet. */
    int roundOf(List<EntryRound> rounds, SheetRef ref, Column c) {
        int n = regular(ref);
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).takes(ref, c, n)) {
                return i;
            }
        }
        throw new IllegalStateException("no round enters " + ref.label() + " " + c.slot());
    }
}
