package vn.sotruong.data.gradebook.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;

/**
 * What was read from a scores workbook: the cells to save, sheet by sheet of the class's book, where each came
 * from (to name it in the report when the gradebook refuses it), and the problems with the file itself.
 */
final class ScoresWorkbook {
    private final Map<SheetRef, List<CellEdit>> edits = new LinkedHashMap<>();
    private final Map<String, CellSource> sources = new HashMap<>();
    private final List<ScoresIssue> issues = new ArrayList<>();
    private int sheetsRead;

    /** Adds a cell; when the same cell was given already, reports it here and keeps the first. */
    void add(SheetRef ref, long pupilId, String slot, String text, CellSource at) {
        CellSource first = sources.putIfAbsent(key(ref, pupilId, slot), at);
        if (first != null) {
            issues.add(ScoresIssue.error(at, "scores.import.cellTwice", first.sheet(), first.row(), first.column()));
            return;
        }
        edits.computeIfAbsent(ref, k -> new ArrayList<>()).add(CellEdit.of(pupilId, slot, text));
    }

    void report(ScoresIssue issue) {
        issues.add(issue);
    }

    void sheetRead() {
        sheetsRead++;
    }

    int sheetsRead() {
        return sheetsRead;
    }

    Map<SheetRef, List<CellEdit>> edits() {
        return edits;
    }

    List<ScoresIssue> issues() {
        return List.copyOf(issues);
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(ScoresIssue::isError);
    }

    Optional<CellSource> source(SheetRef ref, long pupilId, String slot) {
        return Optional.ofNullable(sources.get(key(ref, pupilId, slot)));
    }

    /** The sheets of the file that gave cells of {@code ref} (a subject's own sheet, DANHGIALAI…). */
    List<String> sheetNames(SheetRef ref) {
        String prefix = ref.label() + "/";
        return sources.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getValue().sheet()).distinct().sorted().toList();
    }

    private static String key(SheetRef ref, long pupilId, String slot) {
        return ref.label() + "/" + pupilId + "/" + slot;
    }
}
