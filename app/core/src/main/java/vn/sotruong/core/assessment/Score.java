package vn.sotruong.core.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.VietnameseText;

/**
 * A score on the 10-point scale (thang điểm 10) with at most one decimal, held exactly as a
 * {@link BigDecimal} with scale 1 (RULES.md §1.1). Parses "7,5", "7.5", "10", "10,0".
 * Invalid input is refused with a message code: {@code score.notANumber}, {@code score.outOfRange},
 * {@code score.tooManyDecimals}; {@link #requireWhole()} adds {@code score.notAWholeNumber}.
 */
public record Score(BigDecimal value) implements Comparable<Score> {
    public static final String NOT_A_NUMBER = "score.notANumber";
    public static final String OUT_OF_RANGE = "score.outOfRange";
    public static final String TOO_MANY_DECIMALS = "score.tooManyDecimals";
    public static final String NOT_A_WHOLE_NUMBER = "score.notAWholeNumber";

    static final BigDecimal MAX = BigDecimal.TEN;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");

    public Score {
        if (value == null) {
            throw new DomainException(NOT_A_NUMBER);
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new DomainException(OUT_OF_RANGE, value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw new DomainException(TOO_MANY_DECIMALS, value.toPlainString());
        }
        value = value.setScale(1);
    }

    /** Parses a score typed by a person or read from a cell; throws a {@link DomainException} with a code. */
    public static Score parse(String text) {
        String t = text == null ? "" : VietnameseText.nfc(text).strip();
        if (!NUMBER.matcher(t).matches()) {
            throw new DomainException(NOT_A_NUMBER, t);
        }
        return new Score(new BigDecimal(t.replace(',', '.')));
    }

    /** The problem with {@code text} as a message code, or empty when it is a valid score. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (DomainException e) {
            return Optional.of(e.code());
        }
    }

    public static Score of(String text) {
        return parse(text);
    }

    public boolean isWhole() {
        return value.stripTrailingZeros().scale() <= 0;
    }

    /** Refuses a score with a decimal part (primary periodic tests, Tt27Settings). */
    public Score requireWhole() {
        if (!isWhole()) {
            throw new DomainException(NOT_A_WHOLE_NUMBER, value.toPlainString());
        }
        return this;
    }

    public boolean atLeast(BigDecimal threshold) {
        return value.compareTo(threshold) >= 0;
    }

    @Override
    public int compareTo(Score o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
