package vn.sotruong.core.assessment.tt27;

import vn.sotruong.core.assessment.Explanation;

/** The overall level with why; level null while something required is not entered. */
public record OverallResult(Overall level, Explanation explanation) {
    public boolean complete() {
        return level != null;
    }
}
