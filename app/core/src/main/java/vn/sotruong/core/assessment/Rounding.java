package vn.sotruong.core.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact averages: a quotient of two exact decimals rounded once, to one decimal, with the school's
 * rounding mode (default half-up: 6,45 → 6,5; 6,4499… → 6,4). No binary floating point anywhere.
 */
public final class Rounding {
    /** Scores and averages have one decimal (RULES.md §1.1). */
    public static final int SCALE = 1;

    private Rounding() {
    }

    /** {@code numerator / denominator} rounded to one decimal; the exact quotient is rounded, not an approximation. */
    public static BigDecimal divide(BigDecimal numerator, BigDecimal denominator, RoundingMode mode) {
        return numerator.divide(denominator, SCALE, mode);
    }

    public static BigDecimal oneDecimal(BigDecimal value, RoundingMode mode) {
        return value.setScale(SCALE, mode);
    }
}
