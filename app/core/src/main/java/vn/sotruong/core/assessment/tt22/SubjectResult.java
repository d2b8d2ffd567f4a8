package vn.sotruong.core.assessment.tt22;

/** One subject's results: HK I, HK II, cả năm. */
public record SubjectResult(String subjectCode, SubjectOutcome hk1, SubjectOutcome hk2, SubjectOutcome year) {
}
