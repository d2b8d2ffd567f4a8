package vn.sotruong.core.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Phổ điểm of a set of scores (0–10, one decimal): count, mean, median, standard deviation, histograms with
 * bins of 1 point and of 0.5 point, and the shares the schools report (below 3.5 and 5.0; at or above 6.5, 8.0
 * and 9.0). An empty set is "no data": every statistic is empty, never NaN.
 *
 * @param bins1 11 bins: [0,1), [1,2), …, [9,10), and 10 itself
 * @param bins05 21 bins of half a point: [0,0.5), …, [9.5,10), and 10 itself
 */
public record Distribution(int count, BigDecimal mean, BigDecimal median, BigDecimal standardDeviation,
                           List<Integer> bins1, List<Integer> bins05, Shares shares) {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Shares in percent, one decimal: below 3.5, below 5.0, at or above 6.5, 8.0 and 9.0. */
    public record Shares(BigDecimal below35, BigDecimal below5, BigDecimal atLeast65, BigDecimal atLeast8,
                         BigDecimal atLeast9) {
    }

    public Distribution {
        bins1 = List.copyOf(bins1);
        bins05 = List.copyOf(bins05);
    }

    public boolean empty() {
        return count == 0;
    }

    public static Distribution of(Collection<BigDecimal> values) {
        List<BigDecimal> v = new ArrayList<>(values);
        v.sort(null);
        List<Integer> b1 = new ArrayList<>(java.util.Collections.nCopies(11, 0));
        List<Integer> b05 = new ArrayList<>(java.util.Collections.nCopies(21, 0));
        if (v.isEmpty()) {
            return new Distribution(0, null, null, null, b1, b05, new Shares(null, null, null, null, null));
        }
        BigDecimal sum = BigDecimal.ZERO;
        int below35 = 0;
        int below5 = 0;
        int ge65 = 0;
        int ge8 = 0;
        int ge9 = 0;
        for (BigDecimal x : v) {
            sum = sum.add(x);
            int i1 = x.setScale(0, RoundingMode.FLOOR).intValue();
            int i05 = x.multiply(TWO).setScale(0, RoundingMode.FLOOR).intValue();
            b1.set(i1, b1.get(i1) + 1);
            b05.set(i05, b05.get(i05) + 1);
            below35 += x.compareTo(new BigDecimal("3.5")) < 0 ? 1 : 0;
            below5 += x.compareTo(new BigDecimal("5.0")) < 0 ? 1 : 0;
            ge65 += x.compareTo(new BigDecimal("6.5")) >= 0 ? 1 : 0;
            ge8 += x.compareTo(new BigDecimal("8.0")) >= 0 ? 1 : 0;
            ge9 += x.compareTo(new BigDecimal("9.0")) >= 0 ? 1 : 0;
        }
        int n = v.size();
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MC);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal x : v) {
            BigDecimal d = x.subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        BigDecimal sd = squares.divide(BigDecimal.valueOf(n), MC).sqrt(MC);
        return new Distribution(n, mean.setScale(2, RoundingMode.HALF_UP), median(v).setScale(2, RoundingMode.HALF_UP),
                sd.setScale(2, RoundingMode.HALF_UP), b1, b05,
                new Shares(pct(below35, n), pct(below5, n), pct(ge65, n), pct(ge8, n), pct(ge9, n)));
    }

    /** The median of sorted values (the mean of the two middle ones for an even count). */
    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, MC);
    }

    static BigDecimal pct(int part, int n) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
