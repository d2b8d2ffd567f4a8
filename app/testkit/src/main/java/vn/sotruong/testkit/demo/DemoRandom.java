package vn.sotruong.testkit.demo;

import java.util.Random;

/**
 * Independent random streams derived from one seed, one per concern (staff, pupils, …), so adding a
 * draw for pupils never shifts the staff names. {@link Random}'s algorithm is fixed by its
 * specification, so a seed gives the same school on every JDK.
 */
final class DemoRandom {
    private final long seed;

    DemoRandom(long seed) {
        this.seed = seed;
    }

    Random stream(String concern) {
        return new Random(seed * 1_000_003L + concern.hashCode());
    }
}
