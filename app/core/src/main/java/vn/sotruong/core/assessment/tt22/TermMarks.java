package vn.sotruong.core.assessment.tt22;

/** What was entered for one subject in one term. */
public sealed interface TermMarks permits ScoredTerm, CommentTerm {
    boolean exempt();
}
