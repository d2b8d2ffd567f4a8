package vn.sotruong.core.assessment.tt22;

import vn.sotruong.core.assessment.Explanation;

/** The year's award with why. */
public record AwardResult(Award award, Explanation explanation) {
}
