package vn.sotruong.core.gradebook;

import java.util.Set;

/** The periods whose results the principal approves: học kì I, học kì II, cả năm. */
public enum ResultPeriod {
    HK1(Set.of(1)),
    HK2(Set.of(2)),
    CN(Set.of(1, 2));

    private final Set<Integer> terms;

    ResultPeriod(Set<Integer> terms) {
        this.terms = terms;
    }

    /** Whether columns of this term must be complete for the period. */
    public boolean covers(int term) {
        return terms.contains(term);
    }

    /** "1", "2", "year" as the command line writes it; also HK1, HK2, CN. */
    public static ResultPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        return switch (t) {
            case "1", "HK1" -> HK1;
            case "2", "HK2" -> HK2;
            case "YEAR", "CN" -> CN;
            default -> throw new vn.sotruong.core.common.DomainException("results.periodInvalid", text);
        };
    }
}
