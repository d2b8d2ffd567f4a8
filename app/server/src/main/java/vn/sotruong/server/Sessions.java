package vn.sotruong.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.server.wire.Signing;

/**
 * Phiên làm việc: who is signed in from which workstation. A session is a random token bound to the workstation
 * it was opened from; it ends after the school's idle time ({@code security.idleLockMinutes}) without a call.
 * Kept in memory: restarting the service signs everybody out.
 */
final class Sessions {
    private record Session(Actor actor, long workstationId, Instant lastUsed, String key) {
    }

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Supplier<Duration> idle;

    Sessions(Clock clock, Supplier<Duration> idle) {
        this.clock = clock;
        this.idle = idle;
    }

    String open(Actor actor, long workstationId) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        open.put(token, new Session(actor, workstationId, clock.instant(), Signing.newKey()));
        return token;
    }

    /** The key the calls of session {@code token} are signed with (given once, in the sign-in answer). */
    String key(String token) {
        Session s = token == null ? null : open.get(token);
        if (s == null) {
            throw new DomainException("lan.sessionUnknown");
        }
        return s.key();
    }

    /**
     * The person of {@code token}, which must have been opened from {@code workstationId}; the idle time starts
     * again. Refusals: {@code lan.sessionUnknown} (no such token, or another workstation's), {@code lan.sessionExpired}.
     */
    Actor use(String token, long workstationId) {
        Session s = token == null ? null : open.get(token);
        if (s == null || s.workstationId() != workstationId) {
            throw new DomainException("lan.sessionUnknown");
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastUsed().plus(idle.get()))) {
            open.remove(token);
            throw new DomainException("lan.sessionExpired");
        }
        open.put(token, new Session(s.actor(), s.workstationId(), now, s.key()));
        return s.actor();
    }

    void close(String token) {
        if (token != null) {
            open.remove(token);
        }
    }

    /** Ends every session of a workstation (when it is revoked). */
    void closeAll(long workstationId) {
        open.values().removeIf(s -> s.workstationId() == workstationId);
    }

    /** {@code read}'s value, read again when older than {@code every} by {@code clock}. */
    static Supplier<Duration> readEvery(Duration every, Clock clock, Supplier<Duration> read) {
        record Read(Duration value, Instant at) {
        }
        java.util.concurrent.atomic.AtomicReference<Read> last = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> {
            Instant now = clock.instant();
            Read r = last.get();
            if (r == null || !now.isBefore(r.at().plus(every)) || now.isBefore(r.at())) {
                r = new Read(read.get(), now);
                last.set(r);
            }
            return r.value();
        };
    }

    Clock clock() {
        return clock;
    }

    Duration idle() {
        return idle.get();
    }
}
