package vn.sotruong.core.locks;

import java.util.Locale;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.Column;

/**
 * Which columns a lock decision covers: all of them; the regular assessments of a term (or one of them); the
 * mid-term or end-of-term assessments of a term (Circular 27: the giữa kì and cuối kì points); a term's summary
 * (conduct or qualities, remarks, exemptions); or the year's results (summer re-assessment and training,
 * supplementary assessment). Written as text: {@code ALL}, {@code TX:1}, {@code TX:1:2}, {@code GK:2},
 * {@code CK:1}, {@code TERM:1}, {@code YEAR}.
 */
public record LockColumns(Kind kind, int term, int index) {
    public enum Kind { ALL, TX, GK, CK, TERM, YEAR }

    public static final LockColumns ALL = new LockColumns(Kind.ALL, 0, 0);

    public static LockColumns parse(String text) {
        String[] p = (text == null ? "" : text.strip().toUpperCase(Locale.ROOT)).split(":");
        try {
            Kind k = Kind.valueOf(p[0]);
            int term = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            int index = p.length > 2 ? Integer.parseInt(p[2]) : 0;
            boolean termed = k != Kind.ALL && k != Kind.YEAR;
            if (termed != (term == 1 || term == 2) || p.length > (k == Kind.TX ? 3 : termed ? 2 : 1) || index < 0) {
                throw new IllegalArgumentException();
            }
            return new LockColumns(k, term, index);
        } catch (IllegalArgumentException e) {
            throw new DomainException("lock.columnsInvalid", text == null ? "" : text);
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ALL, YEAR -> kind.name();
            case TX -> index > 0 ? "TX:" + term + ":" + index : "TX:" + term;
            default -> kind.name() + ":" + term;
        };
    }

    /** Whether the decision reaches this column of a sheet. */
    public boolean covers(Area area, Column c) {
        String slot = c.slot();
        return switch (kind) {
            case ALL -> true;
            case YEAR -> c.term() == 0;
            case TX -> area == Area.SUBJECT && c.term() == term
                    && (index > 0 ? slot.equals("HK" + term + ".TX" + index) : slot.startsWith("HK" + term + ".TX"));
            case GK -> c.term() == term && (slot.equals("HK" + term + ".GK") || point(slot).equals("GHK" + term));
            case CK -> c.term() == term && (slot.equals("HK" + term + ".CK") || point(slot).equals(term == 1 ? "CHK1" : "CN"));
            case TERM -> c.term() == term && (area != Area.SUBJECT || slot.endsWith(".NX") || slot.endsWith(".MG"));
        };
    }

    /** The Circular 27 point of a slot: "CN.MUC" → CN, "YEUNUOC.GHK1" → GHK1 (qualities are the term's summary). */
    private static String point(String slot) {
        int dot = slot.indexOf('.');
        return dot < 0 ? "" : slot.substring(0, dot);
    }

    public String labelKey() {
        return "lock.columns." + kind.name();
    }
}
