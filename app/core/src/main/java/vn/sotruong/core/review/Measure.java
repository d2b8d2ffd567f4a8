package vn.sotruong.core.review;

import java.util.Locale;
import vn.sotruong.core.common.DomainException;

/**
 * What a distribution is of: one assessment column ({@code HK1.GK}, {@code HK2.TX3}, {@code CN.DIEM}) or a
 * computed average ({@code HK1.TB} = ĐTBmhk I, {@code HK2.TB}, {@code CN.TB} = ĐTBmcn).
 */
public record Measure(String slot) {
    public Measure {
        slot = slot == null ? "" : slot.strip().toUpperCase(Locale.ROOT);
        if (!slot.matches("HK[12]\\.(TX\\d|GK|CK|TB)|CN\\.TB|(GHK1|CHK1|GHK2|CN)\\.DIEM")) {
            throw new DomainException("review.measureInvalid", slot);
        }
    }

    public boolean average() {
        return slot.endsWith(".TB");
    }

    /** 1, 2, or 0 for the year. */
    public int term() {
        return slot.startsWith("HK1") ? 1 : slot.startsWith("HK2") ? 2 : 0;
    }
}
