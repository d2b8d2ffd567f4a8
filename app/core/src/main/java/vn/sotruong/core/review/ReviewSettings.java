package vn.sotruong.core.review;

import java.math.BigDecimal;
import vn.sotruong.core.school.SettingsStore;

/**
 * Thresholds of the anomaly scan, school settings with defaults: a class is far when its median lies 3.5 robust
 * deviations from the grade's classes ({@code review.classZ}); a teacher when their pupils' median lies 1.5
 * points from the school's ({@code review.teacherPoints}); many edits at 3.5 robust deviations above the other
 * teachers and at least 10 changes ({@code review.editsZ}); late entries when 20 % or more of a class's entries
 * came late ({@code review.lateShare}); a class-size change at 3 movements in 30 days ({@code review.movements}).
 */
public record ReviewSettings(BigDecimal classZ, BigDecimal teacherPoints, BigDecimal editsZ, int minEdits,
                             int lateSharePercent, int movements, int minGroup) {
    public static ReviewSettings read(SettingsStore s) {
        return new ReviewSettings(dec(s, "review.classZ", "3.5"), dec(s, "review.teacherPoints", "1.5"),
                dec(s, "review.editsZ", "3.5"), num(s, "review.minEdits", 10), num(s, "review.lateShare", 20),
                num(s, "review.movements", 3), num(s, "review.minGroup", 5));
    }

    private static BigDecimal dec(SettingsStore s, String key, String dflt) {
        return s.get(key).map(String::strip).filter(v -> v.matches("\\d+(\\.\\d+)?")).map(BigDecimal::new)
                .orElse(new BigDecimal(dflt));
    }

    private static int num(SettingsStore s, String key, int dflt) {
        return s.get(key).map(String::strip).filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt).orElse(dflt);
    }
}
