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
 * Kept in memory: restarting the service signs everybody out (ADR 0034). A token starts with the id of the service
 * run that made it, so a call with a token of an earlier run is told {@code lan.sessionEnded} ("the office service
 * restarted: sign in again"), not that it was never signed in.
 */
final class Sessions {
    /**
     * @param until when the computer-room window it was opened in ends (null: no schedule)
     * @param key   the key its calls are signed with ({@link Signing})
     */
    private record Session(Actor actor, long workstationId, Instant lastUsed, Instant until, String key) {
    }

    private final Map<String, Session> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Supplier<Duration> idle;
    /** This service run's id, the first part of its tokens. */
    private final String run;

    Sessions(Clock clock, Supplier<Duration> idle) {
        this.clock = clock;
        this.idle = idle;
        this.run = randomText(6);
    }

    private String randomText(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** No session for this token: one of an earlier run of the service ({@code lan.sessionEnded}), or unknown. */
    private DomainException missing(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        return dot > 0 && !token.substring(0, dot).equals(run) ? new DomainException("lan.sessionEnded")
                : new DomainException("lan.sessionUnknown");
    }

    String open(Actor actor, long workstationId) {
        return open(actor, workstationId, null);
    }

    /** Opens a session that ends at {@code until} whatever its use (the end of the computer-room window). */
    String open(Actor actor, long workstationId, Instant until) {
        String token = run + "." + randomText(32);
        open.put(token, new Session(actor, workstationId, clock.instant(), until, Signing.newKey()));
        return token;
    }

    /** The key the calls of session {@code token} are signed with (given once, in the sign-in answer). */
    String key(String token) {
        Session s = token == null ? null : open.get(token);
        if (s == null) {
            throw missing(token);
        }
        return s.key();
    }

    /**
     * The person of {@code token}, which must have been opened from {@code workstationId}; the idle time starts
     * again. Refusals: {@code lan.sessionUnknown} (no such token, or another workstation's), {@code lan.sessionExpired},
     * {@code lan.scheduleEnded} (the computer-room window it was opened in is over).
     */
    Actor use(String token, long workstationId) {
        Session s = alive(token, workstationId);
        open.put(token, new Session(s.actor(), s.workstationId(), clock.instant(), s.until(), s.key()));
        return s.actor();
    }

    /** As {@link #use}, without starting the idle time again (an open grid's polling is not the person working). */
    Actor peek(String token, long workstationId) {
        return alive(token, workstationId).actor();
    }

    private Session alive(String token, long workstationId) {
        Session s = token == null ? null : open.get(token);
        if (s == null) {
            throw missing(token);
        }
        if (s.workstationId() != workstationId) {
            throw new DomainException("lan.sessionUnknown");
        }
        Instant now = clock.instant();
        if (s.until() != null && !now.isBefore(s.until())) {
            open.remove(token);
            throw new DomainException("lan.scheduleEnded");
        }
        if (now.isAfter(s.lastUsed().plus(idle.get()))) {
            open.remove(token);
            throw new DomainException("lan.sessionExpired");
        }
        return s;
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

    /** How many sessions each workstation has open now (for the office PC's Máy trạm page). */
    java.util.Map<Long, Long> openByWorkstation() {
        return open.values().stream().collect(java.util.stream.Collectors.groupingBy(Session::workstationId,
                java.util.stream.Collectors.counting()));
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
