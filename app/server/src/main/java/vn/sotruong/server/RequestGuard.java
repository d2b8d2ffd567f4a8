package vn.sotruong.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.server.wire.Signing;

/**
 * Kiểm tra yêu cầu: refuses a call whose time is too far from the office PC's clock ({@code lan.clockWrong}, with
 * the office PC's time), a nonce seen before within the window ({@code lan.replayed}) and a signed-in call whose
 * signature does not match ({@code lan.altered}). Nonces are remembered for twice the window, in memory.
 */
final class RequestGuard {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(EntryProgressService.SCHOOL_ZONE);
    private static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final Duration window = Duration.ofSeconds(Signing.WINDOW_SECONDS);
    /** Nonce → until when it is remembered. */
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private int added;

    RequestGuard(Clock clock) {
        this.clock = clock;
    }

    /** The call's time is within the window of now and its nonce is new; the nonce is remembered. */
    void fresh(String time, String nonce) {
        Instant now = clock.instant();
        Instant at;
        try {
            at = Instant.ofEpochMilli(Long.parseLong(time == null ? "" : time));
        } catch (NumberFormatException e) {
            throw new DomainException("lan.badRequest", Signing.TIME_HEADER);
        }
        if (Duration.between(at, now).abs().compareTo(window) > 0) {
            throw new DomainException("lan.clockWrong", window.toMinutes(), SHOWN.format(now));
        }
        if (nonce == null || !NONCE.matcher(nonce).matches()) {
            throw new DomainException("lan.badRequest", Signing.NONCE_HEADER);
        }
        if (seen.putIfAbsent(nonce, now.plus(window.multipliedBy(2))) != null) {
            throw new DomainException("lan.replayed");
        }
        sweep(now);
    }

    /** The signed-in call's signature is the one its session key gives. */
    void signed(String key, String method, String pathAndQuery, String time, String nonce, byte[] body,
                String signature) {
        if (!Signing.verify(key, method, pathAndQuery, time, nonce, body, signature)) {
            throw new DomainException("lan.altered");
        }
    }

    private void sweep(Instant now) {
        boolean due;
        synchronized (this) {
            due = ++added % SWEEP_EVERY == 0;
        }
        if (due) {
            seen.values().removeIf(until -> until.isBefore(now));
        }
    }

    /** How many nonces are remembered now (for tests). */
    int remembered() {
        return seen.size();
    }
}
