package vn.sotruong.core.review;

import java.math.BigDecimal;
import vn.sotruong.core.school.SettingsStore;

/**
 * Thresholds of the anomaly scan, school settings with defaults: a class is far when its pupils' mean lies 4.0 robust
 * deviations from the grade's classes ({@code review.classZ}), the robust deviation (1.4826 × MAD of the class
 * means) taken as at least 0.5 point ({@code review.minSpread}); a teacher when their pupils' mean lies 1.5 points
 * from the other teachers' pupils ({@code review.teacherPoints}); many edits at 3.5 robust deviations above the
 * other teachers and at least 10 changes ({@code review.editsZ}); late entries when 40 % or more of a class's
 * entries came late ({@code review.lateShare}); a class-size change at 3 movements in 30 days
 * ({@code review.movements}). The defaults are tuned on the demo schools (ADR 0029).
 */
public record ReviewSettings(BigDecimal classZ, BigDecimal teacherPoints, BigDecimal editsZ, int minEdits,
                             int lateSharePercent, int movements, int minGroup, BigDecimal minSpread) {
    public static ReviewSettings read(SettingsStore s) {
        return new ReviewSettings(dec(s, "review.classZ", "4.0"), dec(s, "review.teacherPoints", "1.5"),
                dec(s, "review.editsZ", "3.5"), num(s, "review.minEdits", 10), num(s, "review.lateShare", 40),
                num(s, "review.movements", 3), num(s, "review.minGroup", 5), dec(s, "review.minSpread", "0.5"));
    }

    private static BigDecimal dec(SettingsStore s, String key, String dflt) {
        return s.get(key).map(String::strip).filter(v -> v.matches("\\d+(\\.\\d+)?")).map(BigDecimal::new)
                .orElse(new BigDecimal(dflt));
    }

    private static int num(SettingsStore s, String key, int dflt) {
        return s.get(key).map(String::strip).filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt).orElse(dflt);
    }
}
