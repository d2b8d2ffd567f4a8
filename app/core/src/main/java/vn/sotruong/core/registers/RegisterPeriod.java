package vn.sotruong.core.registers;

import java.util.Optional;

/**
 * Which part of the year a book shows: after học kì I (its columns only), after học kì II (both terms and the
 * year's averages and results, before the summer), or the whole year including the summer's results.
 */
public enum RegisterPeriod {
    HK1("1"),
    HK2("2"),
    YEAR("year");

    private final String code;

    RegisterPeriod(String code) {
        this.code = code;
    }

    /** The command line's {@code --term} value. */
    public String code() {
        return code;
    }

    public boolean showsTerm2() {
        return this != HK1;
    }

    public boolean showsSummer() {
        return this == YEAR;
    }

    public static Optional<RegisterPeriod> ofCode(String code) {
        for (RegisterPeriod p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
