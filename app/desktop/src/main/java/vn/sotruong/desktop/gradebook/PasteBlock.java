package vn.sotruong.desktop.gradebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A block copied from Excel (or any spreadsheet): lines separated by newlines, cells by tabs. The
 * trailing newline Excel adds is not a line; a cell's own spaces are kept for the service to judge.
 */
public final class PasteBlock {
    private PasteBlock() {
    }

    public static List<List<String>> parse(String clipboard) {
        if (clipboard == null || clipboard.isEmpty()) {
            return List.of();
        }
        String t = clipboard.replace("\r\n", "\n").replace('\r', '\n');
        if (t.endsWith("\n")) {
            t = t.substring(0, t.length() - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            rows.add(Arrays.asList(line.split("\t", -1)));
        }
        return List.copyOf(rows);
    }
}
