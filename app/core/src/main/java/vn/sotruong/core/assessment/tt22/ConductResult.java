package vn.sotruong.core.assessment.tt22;

import vn.sotruong.core.assessment.Explanation;

/** Year conduct (kết quả rèn luyện cả năm) from the two terms; level null while a term is not entered. */
public record ConductResult(Level level, Explanation explanation) {
    public boolean complete() {
        return level != null;
    }
}
