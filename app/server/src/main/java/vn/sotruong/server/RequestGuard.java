package vn.sotruong.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.server.wire.Signing;

/**
 * Kiểm tra yêu cầu: refuses a call whose time is too far from the office PC's clock ({@code lan.clockWrong}, with
 * the office PC's time), a nonce seen before within the window ({@code lan.replayed}) and a signed-in call whose
 * signature does not match ({@code lan.altered}). Nonces are remembered for twice the window, in memory, at most
 * {@link #MAX_REMEMBERED} of them (bounded memory under a flood): when full, the oldest is forgotten first and every
 * call stamped no later than a forgotten one is refused as {@code lan.replayed} too, so forgetting never lets a
 * replay through.
 */
final class RequestGuard {
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(EntryProgressService.SCHOOL_ZONE);
    /** About 25 MB at most; at the 931 saves/s measured flat out, the calls of the last 107 s. */
    static final int MAX_REMEMBERED = 100_000;

    /** A nonce seen: when the call said it was made, and until when it is remembered. */
    private record Seen(Instant stamped, Instant until) {
    }

    private final Clock clock;
    private final Duration window = Duration.ofSeconds(Signing.WINDOW_SECONDS);
    private final int max;
    /** Nonce → when stamped and until when remembered, oldest first. Guarded by {@code this}. */
    private final LinkedHashMap<String, Seen> seen = new LinkedHashMap<>();
    /** Calls stamped at or before this were possibly forgotten: refused. Guarded by {@code this}. */
    private Instant forgottenUpTo = Instant.MIN;

    RequestGuard(Clock clock) {
        this(clock, MAX_REMEMBERED);
    }

    RequestGuard(Clock clock, int max) {
        this.clock = clock;
        this.max = max;
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
        remember(nonce, at, now);
    }

    private synchronized void remember(String nonce, Instant at, Instant now) {
        expire(now);
        if (seen.containsKey(nonce) || !at.isAfter(forgottenUpTo)) {
            throw new DomainException("lan.replayed");
        }
        seen.put(nonce, new Seen(at, now.plus(window.multipliedBy(2))));
        while (seen.size() > max) {
            Iterator<Seen> oldest = seen.values().iterator();
            Instant stamped = oldest.next().stamped();
            oldest.remove();
            if (stamped.isAfter(forgottenUpTo)) {
                forgottenUpTo = stamped;
            }
        }
    }

    /** The signed-in call's signature is the one its session key gives. */
    void signed(String key, String method, String pathAndQuery, String time, String nonce, byte[] body,
                String signature) {
        if (!Signing.verify(key, method, pathAndQuery, time, nonce, body, signature)) {
            throw new DomainException("lan.altered");
        }
    }

    /** Forgets the nonces whose time is over, oldest first (they were added in the order they came). */
    private void expire(Instant now) {
        Iterator<Seen> it = seen.values().iterator();
        while (it.hasNext()) {
            if (!it.next().until().isBefore(now)) {
                return;
            }
            it.remove();
        }
    }

    /** How many nonces are remembered now (for tests). */
    synchronized int remembered() {
        return seen.size();
    }
}
