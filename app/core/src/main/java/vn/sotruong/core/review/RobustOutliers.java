package vn.sotruong.core.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which groups lie far from the others, measured robustly: the distance of a group's value from the median of
 * all groups, in units of the scaled median absolute deviation (1.4826 × MAD, the usual consistent estimate of
 * the standard deviation); a floor on the spread keeps a very uniform school from flagging tiny differences.
 */
public final class RobustOutliers {
    static final BigDecimal MAD_SCALE = new BigDecimal("1.4826");
    private static final MathContext MC = MathContext.DECIMAL64;

    private RobustOutliers() {
    }

    /** The robust z-score of each group, one decimal; empty when fewer than 3 groups. */
    public static <K> Map<K, BigDecimal> scores(Map<K, BigDecimal> values, BigDecimal minSpread) {
        Map<K, BigDecimal> out = new LinkedHashMap<>();
        if (values.size() < 3) {
            return out;
        }
        List<BigDecimal> sorted = new ArrayList<>(values.values());
        sorted.sort(null);
        BigDecimal median = Distribution.median(sorted);
        List<BigDecimal> deviations = new ArrayList<>();
        for (BigDecimal v : sorted) {
            deviations.add(v.subtract(median).abs());
        }
        deviations.sort(null);
        BigDecimal spread = Distribution.median(deviations).multiply(MAD_SCALE).max(minSpread);
        values.forEach((k, v) -> out.put(k, v.subtract(median).divide(spread, MC).setScale(1, RoundingMode.HALF_UP)));
        return out;
    }

    /** The median of the groups' values (what a group is compared to). */
    public static BigDecimal center(java.util.Collection<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.isEmpty() ? null : Distribution.median(sorted).setScale(2, RoundingMode.HALF_UP);
    }
}
