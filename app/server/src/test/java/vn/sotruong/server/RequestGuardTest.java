package vn.sotruong.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.data.support.MutableClock;

/** The replay defence's memory stays bounded under a flood, and forgetting never lets a replay through. */
class RequestGuardTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));

    @Test
    void a100kRequestFloodKeepsTheNonceMemoryBoundedAndAReplayInsideTheWindowIsStillRefused() {
        int cap = 10_000;
        RequestGuard guard = new RequestGuard(clock, cap);
        String first = nonce(0);
        guard.fresh(stamp(), first);
        int max = 0;
        for (int i = 1; i <= 100_000; i++) {
            if (i % 1000 == 0) {
                clock.advance(Duration.ofMillis(100)); // 100k calls in 10 s: all inside the 2-minute window
            }
            guard.fresh(stamp(), nonce(i));
            max = Math.max(max, guard.remembered());
        }
        assertThat(max).as("bounded memory").isEqualTo(cap);
        // a recent call replayed: still remembered, refused
        assertThat(code(() -> guard.fresh(String.valueOf(clock.instant().toEpochMilli()), nonce(100_000))))
                .isEqualTo("lan.replayed");
        // the very first call replayed: forgotten long ago (oldest first), yet still refused by its time stamp
        String firstStamp = String.valueOf(Instant.parse("2026-11-23T01:00:00Z").toEpochMilli());
        assertThat(code(() -> guard.fresh(firstStamp, first))).isEqualTo("lan.replayed");
        // a new call goes through, and the memory stays at the cap
        guard.fresh(stamp(), nonce(200_000));
        assertThat(guard.remembered()).isEqualTo(cap);
    }

    @Test
    void noncesExpireOldestFirstOnceTheirTimeIsOver() {
        RequestGuard guard = new RequestGuard(clock, 1000);
        for (int i = 0; i < 500; i++) {
            guard.fresh(stamp(), nonce(i));
        }
        assertThat(guard.remembered()).isEqualTo(500);
        clock.advance(Duration.ofMinutes(5)); // past twice the window
        guard.fresh(stamp(), nonce(1_000));
        assertThat(guard.remembered()).as("the old ones forgotten, the new one kept").isEqualTo(1);
        assertThat(code(() -> guard.fresh(stamp(), nonce(1_000)))).isEqualTo("lan.replayed");
    }

    @Test
    void badStampsAndNoncesAreRefusedAndNothingIsRemembered() {
        RequestGuard guard = new RequestGuard(clock, 1000);
        assertThat(code(() -> guard.fresh("abc", nonce(1)))).isEqualTo("lan.badRequest");
        assertThat(code(() -> guard.fresh(stamp(), "short"))).isEqualTo("lan.badRequest");
        assertThat(code(() -> guard.fresh(String.valueOf(clock.instant().minus(Duration.ofMinutes(3)).toEpochMilli()),
                nonce(2)))).isEqualTo("lan.clockWrong");
        assertThat(guard.remembered()).isZero();
    }

    private String stamp() {
        return String.valueOf(clock.instant().toEpochMilli());
    }

    private static String nonce(int i) {
        return String.format("nonce-%016d", i);
    }

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }
}
