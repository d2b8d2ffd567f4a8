package vn.sotruong.core.assessment.tt22;

import vn.sotruong.core.curriculum.Subject;

/** A subject of the year (with its periods per grade and form of assessment) and what was entered in each term. */
public record SubjectMarks(Subject subject, TermMarks hk1, TermMarks hk2) {
    public String code() {
        return subject.code();
    }
}
