package vn.sotruong.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.sotruong.core.common.DomainException;

/**
 * Giới hạn đăng nhập: at most {@code max} sign-in attempts per {@code per} from one source (a workstation, an
 * address); more are refused with {@code lan.tooManyAttempts} (HTTP 429) and the seconds to wait, before the
 * password is even checked. The per-account throttling of the sign-in itself stays as it is.
 */
final class LoginLimit {
    private record Window(Instant start, int count) {
    }

    private final Clock clock;
    private final int max;
    private final Duration per;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LoginLimit(Clock clock, int max, Duration per) {
        this.clock = clock;
        this.max = max;
        this.per = per;
    }

    /** Counts an attempt from {@code source} (shown in the message) or refuses it. */
    void attempt(String source) {
        Instant now = clock.instant();
        Window w = windows.compute(source, (k, old) -> old == null || !now.isBefore(old.start().plus(per))
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (w.count() > max) {
            long wait = Math.max(1, Duration.between(now, w.start().plus(per)).toSeconds());
            throw new DomainException("lan.tooManyAttempts", source, wait);
        }
        if (windows.size() > 10_000) {
            windows.values().removeIf(x -> !now.isBefore(x.start().plus(per)));
        }
    }
}
