package vn.sotruong.testkit.demo;

import java.util.Objects;
import vn.sotruong.core.school.SchoolLevel;

/**
 * What demo school to make. The same level and seed always give the same school (names, classes,
 * assignments, pupils), so screenshots, reports and acceptance tests can rely on it.
 */
public record DemoOptions(SchoolLevel level, long seed) {
    public static final long DEFAULT_SEED = 2026L;

    public DemoOptions {
        Objects.requireNonNull(level, "level");
        if (level == SchoolLevel.MAM_NON) {
            throw new IllegalArgumentException("The demo school is tiểu học or THCS");
        }
    }

    public static DemoOptions thcs() {
        return new DemoOptions(SchoolLevel.THCS, DEFAULT_SEED);
    }

    public static DemoOptions tieuHoc() {
        return new DemoOptions(SchoolLevel.TIEU_HOC, DEFAULT_SEED);
    }

    public DemoOptions withSeed(long newSeed) {
        return new DemoOptions(level, newSeed);
    }
}
