package vn.sotruong.core.assessment.tt22;

import vn.sotruong.core.assessment.Explanation;

/**
 * Kết quả học tập for a term or the year (Art 9 cl.2–3).
 *
 * @param level the final level; null when not every subject has a result ("chưa đủ kết quả")
 * @param base the level from cl.2 before the cl.3 adjustment
 * @param adjustedFor the subject whose result alone lowered the level 2+ levels (cl.3), or null
 * @param needsPrincipalReview some subject was exempt: how the "≥ 6 subjects" counts apply is NOT FOUND
 */
public record LearningResult(Level level, Level base, String adjustedFor, boolean needsPrincipalReview,
                             Explanation explanation) {
    public boolean complete() {
        return level != null;
    }

    public boolean adjusted() {
        return adjustedFor != null;
    }

    static LearningResult incomplete(Explanation why) {
        return new LearningResult(null, null, null, false, why);
    }
}
