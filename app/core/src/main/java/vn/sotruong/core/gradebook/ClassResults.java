package vn.sotruong.core.gradebook;

import java.util.List;

/** A class's results for the year, one row per pupil of its book, in class-list order. */
public record ClassResults(ClassBook book, List<PupilResult> rows) {
    public ClassResults {
        rows = List.copyOf(rows);
    }
}
