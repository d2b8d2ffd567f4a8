package vn.sotruong.core.assessment.tt22;

import java.util.Arrays;
import java.util.List;
import vn.sotruong.core.assessment.CommentResult;

/**
 * One term of a comment subject as entered: the 2 selected regular assessments, the mid-term and the
 * end-of-term assessment ({@code null} = not entered). {@code practicalPartExempt} records an Art 10
 * exemption from the practical part of Giáo dục thể chất: the student is assessed on theory instead
 * and still needs every assessment, so it changes nothing in the computation. {@code exempt} is a
 * whole-subject exemption for the term (Art 11 / §1.6).
 */
public record CommentTerm(List<CommentResult> regular, CommentResult midterm, CommentResult endOfTerm,
                          boolean exempt, boolean practicalPartExempt) implements TermMarks {
    public CommentTerm {
        regular = List.copyOf(regular);
    }

    public static CommentTerm of(List<CommentResult> regular, CommentResult midterm, CommentResult endOfTerm) {
        return new CommentTerm(regular, midterm, endOfTerm, false, false);
    }

    /** From text as typed: regular results separated by ';' ("Đ;CĐ"), blank = not entered. */
    public static CommentTerm parse(String regular, String midterm, String endOfTerm) {
        List<CommentResult> tx = regular == null || regular.isBlank() ? List.of()
                : Arrays.stream(regular.split(";")).map(CommentResult::parse).toList();
        return of(tx, blank(midterm) ? null : CommentResult.parse(midterm),
                blank(endOfTerm) ? null : CommentResult.parse(endOfTerm));
    }

    public static CommentTerm allDat() {
        return of(List.of(CommentResult.DAT, CommentResult.DAT), CommentResult.DAT, CommentResult.DAT);
    }

    public static CommentTerm exempted() {
        return new CommentTerm(List.of(), null, null, true, false);
    }

    public CommentTerm withPracticalPartExempt() {
        return new CommentTerm(regular, midterm, endOfTerm, exempt, true);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
