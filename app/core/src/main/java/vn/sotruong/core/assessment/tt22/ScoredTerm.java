package vn.sotruong.core.assessment.tt22;

import java.util.Arrays;
import java.util.List;
import vn.sotruong.core.assessment.Score;

/**
 * One term of a scored subject as entered: the selected ĐĐGtx (fewer than required = not all entered),
 * ĐĐGgk and ĐĐGck ({@code null} = not entered), or exempt for the term.
 */
public record ScoredTerm(List<Score> regular, Score midterm, Score endOfTerm, boolean exempt) implements TermMarks {
    public ScoredTerm {
        regular = List.copyOf(regular);
    }

    public static ScoredTerm of(List<Score> regular, Score midterm, Score endOfTerm) {
        return new ScoredTerm(regular, midterm, endOfTerm, false);
    }

    /** From text as typed: ĐĐGtx separated by ';' ("8;8,5;9"), blank midterm/end = not entered. */
    public static ScoredTerm parse(String regular, String midterm, String endOfTerm) {
        List<Score> tx = regular == null || regular.isBlank() ? List.of()
                : Arrays.stream(regular.split(";")).map(Score::parse).toList();
        return of(tx, blank(midterm) ? null : Score.parse(midterm), blank(endOfTerm) ? null : Score.parse(endOfTerm));
    }

    public static ScoredTerm exempted() {
        return new ScoredTerm(List.of(), null, null, true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
