package vn.sotruong.core.review;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Số lượng theo mức: how many pupils of a selection hold each level of a column (T/H/C, T/Đ/C, Đ/CĐ), their shares
 * of those entered, and how many still have no level. Nothing entered is "no data": every share is empty, never NaN.
 *
 * @param counts each level of the column, best first, with its count (0 when nobody holds it)
 * @param notEntered the pupils of the selection whose cell is still blank
 */
public record LevelCounts(Map<String, Integer> counts, int notEntered) {
    public LevelCounts {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Counts the levels over the column's scale; a stored text outside the scale is not counted. */
    public static LevelCounts of(List<String> levels, Collection<String> marks, int expected) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        levels.forEach(l -> counts.put(l, 0));
        for (String m : marks) {
            counts.computeIfPresent(m, (k, n) -> n + 1);
        }
        int entered = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new LevelCounts(counts, Math.max(0, expected - entered));
    }

    /** The pupils with a level. */
    public int entered() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The pupils of the selection: entered and not. */
    public int total() {
        return entered() + notEntered;
    }

    public boolean empty() {
        return entered() == 0;
    }

    public int count(String level) {
        return counts.getOrDefault(level, 0);
    }

    /** The level's share of those entered, percent with one decimal; null when nothing is entered. */
    public BigDecimal share(String level) {
        int n = entered();
        return n == 0 ? null : Distribution.pct(count(level), n);
    }
}
