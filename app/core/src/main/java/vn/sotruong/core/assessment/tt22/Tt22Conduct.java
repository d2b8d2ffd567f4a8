package vn.sotruong.core.assessment.tt22;

import vn.sotruong.core.assessment.Explanation;

/** Art 8 cl.2 point b: the year's conduct from HK I and HK II (RULES.md §1.4 table). */
public final class Tt22Conduct {
    private Tt22Conduct() {
    }

    public static Level year(Level hk1, Level hk2) {
        return switch (hk2) {
            case TOT -> hk1.atLeast(Level.KHA) ? Level.TOT : Level.KHA;
            case KHA -> hk1.atLeast(Level.DAT) ? Level.KHA : Level.DAT;
            case DAT -> hk1 == Level.TOT ? Level.KHA : Level.DAT;
            case CHUA_DAT -> Level.CHUA_DAT;
        };
    }

    /** The year's conduct with its explanation; incomplete while a term's conduct is not entered. */
    public static ConductResult yearResult(Level hk1, Level hk2) {
        if (hk1 == null || hk2 == null) {
            return new ConductResult(null, Explanation.of("tt22.conduct.incomplete"));
        }
        Level y = year(hk1, hk2);
        return new ConductResult(y, Explanation.of("tt22.conduct.year", Explanation.label(hk1.labelKey()),
                Explanation.label(hk2.labelKey()), Explanation.label(y.labelKey())));
    }
}
