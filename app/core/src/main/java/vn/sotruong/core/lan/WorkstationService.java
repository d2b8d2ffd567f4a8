package vn.sotruong.core.lan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Ghép máy trạm: workstations ask to pair, the administrator approves them by the code both screens show, and
 * revokes them; every call from the LAN is admitted here first. Approving, revoking and listing need
 * {@link Permission#ACCOUNTS_MANAGE}.
 */
public final class WorkstationService {
    /** At most this many requests wait at once: a flood of pairing requests is refused, not stored. */
    public static final int MAX_PENDING = 20;
    static final int MAX_NAME = 60;
    static final int MIN_SECRET = 32;
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private final WorkstationStore store;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public WorkstationService(WorkstationStore store, AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * A workstation asks to pair. {@code officeCertificate} is the office PC's certificate (DER) the code is made
     * of. Asking again with the same secret returns the same request. Refusals: {@code lan.nameInvalid},
     * {@code lan.secretInvalid}, {@code lan.revoked}, {@code lan.tooManyPending}.
     */
    public Workstation request(String name, String secret, String address, byte[] officeCertificate) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new DomainException("lan.nameInvalid", MAX_NAME);
        }
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > 200) {
            throw new DomainException("lan.secretInvalid");
        }
        String hash = PairingCode.secretHash(secret);
        return tx.inTransaction(() -> {
            var known = store.findBySecretHash(hash);
            if (known.isPresent()) {
                if (known.get().status() == WorkstationStatus.REVOKED) {
                    throw new DomainException("lan.revoked");
                }
                return known.get();
            }
            long pending = store.all().stream().filter(w -> w.status() == WorkstationStatus.PENDING).count();
            if (pending >= MAX_PENDING) {
                throw new DomainException("lan.tooManyPending", MAX_PENDING);
            }
            String code = PairingCode.of(officeCertificate, hash);
            long id = store.add(n, hash, code, address, clock.instant());
            Workstation w = store.find(id).orElseThrow();
            audit.record(new AuditEvent("-", AuditKind.WORKSTATION_PAIRING_REQUESTED, target(w),
                    "code " + code + " from " + address, w.label()));
            return w;
        });
    }

    /** Approves the one waiting workstation whose screen shows {@code code}. Refusals: {@code lan.codeUnknown}, {@code lan.codeAmbiguous}. */
    public Workstation approveByCode(Actor actor, String code) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        String c = code == null ? "" : code.strip();
        List<Workstation> waiting = store.all().stream()
                .filter(w -> w.status() == WorkstationStatus.PENDING && w.pairingCode().equals(c)).toList();
        if (waiting.isEmpty()) {
            throw new DomainException("lan.codeUnknown", c);
        }
        if (waiting.size() > 1) {
            throw new DomainException("lan.codeAmbiguous", c);
        }
        return approve(actor, waiting.getFirst().id());
    }

    /** Approves a waiting workstation by its number. Refusals: {@code lan.unknown}, {@code lan.notPending}. */
    public Workstation approve(Actor actor, long id) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return decide(actor, id, WorkstationStatus.APPROVED, AuditKind.WORKSTATION_APPROVED);
    }

    /** Revokes a workstation: its next call is refused. Refusals: {@code lan.unknown}, {@code lan.alreadyRevoked}. */
    public Workstation revoke(Actor actor, long id) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return decide(actor, id, WorkstationStatus.REVOKED, AuditKind.WORKSTATION_REVOKED);
    }

    public List<Workstation> list(Actor actor) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return store.all();
    }

    /**
     * The approved workstation holding {@code secret}, for a call from the LAN. Refusals: {@code lan.notPaired}
     * (unknown secret), {@code lan.pairingPending}, {@code lan.revoked}.
     */
    public Workstation admit(String secret) {
        Workstation w = status(secret);
        switch (w.status()) {
            case PENDING -> throw new DomainException("lan.pairingPending", w.pairingCode());
            case REVOKED -> throw new DomainException("lan.revoked");
            case APPROVED -> {
                Instant now = clock.instant();
                if (w.lastSeenAt() == null || w.lastSeenAt().plus(SEEN_EVERY).isBefore(now)) {
                    tx.run(() -> store.seen(w.id(), now));
                }
                return w;
            }
        }
        throw new IllegalStateException(w.status().name());
    }

    /** The workstation holding {@code secret}, whatever its state (a pairing workstation asks whether it was approved). */
    public Workstation status(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new DomainException("lan.notPaired");
        }
        return store.findBySecretHash(PairingCode.secretHash(secret))
                .orElseThrow(() -> new DomainException("lan.notPaired"));
    }

    private Workstation decide(Actor actor, long id, WorkstationStatus to, AuditKind kind) {
        return tx.inTransaction(() -> {
            Workstation w = store.find(id).orElseThrow(() -> new DomainException("lan.unknown", id));
            if (to == WorkstationStatus.APPROVED && w.status() != WorkstationStatus.PENDING) {
                throw new DomainException("lan.notPending", id);
            }
            if (to == WorkstationStatus.REVOKED && w.status() == WorkstationStatus.REVOKED) {
                throw new DomainException("lan.alreadyRevoked", id);
            }
            store.decide(id, to, actor.login(), clock.instant());
            audit.record(new AuditEvent(actor.login(), kind, target(w), w.status() + " → " + to + ", code "
                    + w.pairingCode(), actor.workstation()));
            return store.find(id).orElseThrow();
        });
    }

    private static String target(Workstation w) {
        return "workstation:" + w.id();
    }
}
