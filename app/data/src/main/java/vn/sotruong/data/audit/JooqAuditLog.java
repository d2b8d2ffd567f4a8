package vn.sotruong.data.audit;

import static vn.sotruong.data.jooq.Tables.AUDIT_EVENT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import vn.sotruong.core.audit.AuditEntry;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.AuditEventRecord;

/**
 * The audit trail as a SHA-256 hash chain: each entry's hash covers its fields and the previous
 * entry's hash, so changing or removing an entry breaks every hash after it.
 */
public final class JooqAuditLog implements AuditLog {
    static final String GENESIS = "0".repeat(64);

    private final JooqTransactions tx;
    private final Clock clock;

    public JooqAuditLog(JooqTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public synchronized void record(AuditEvent e) {
        String prev = tx.dsl().select(AUDIT_EVENT.HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1)
                .fetchOptional(AUDIT_EVENT.HASH).orElse(GENESIS);
        // stored to the microsecond, so hash what the column will give back
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = clip(e.actorLogin(), 100);
        String target = clip(e.target(), 200);
        String detail = clip(e.detail(), 2000);
        String ws = clip(e.workstation(), 100);
        String hash = hash(prev, at, actor, e.kind().name(), target, detail, ws);
        tx.dsl().insertInto(AUDIT_EVENT, AUDIT_EVENT.AT_UTC, AUDIT_EVENT.ACTOR_LOGIN, AUDIT_EVENT.KIND,
                        AUDIT_EVENT.TARGET, AUDIT_EVENT.DETAIL, AUDIT_EVENT.WORKSTATION, AUDIT_EVENT.PREV_HASH,
                        AUDIT_EVENT.HASH)
                .values(Timestamps.utc(at), actor, e.kind().name(), target, detail, ws, prev, hash).execute();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return tx.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(limit)
                .fetch(JooqAuditLog::entry);
    }

    @Override
    public OptionalLong firstBrokenEntry() {
        String prev = GENESIS;
        for (AuditEventRecord r : tx.dsl().selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchLazy()) {
            String expected = hash(prev, r.getAtUtc().toInstant(), r.getActorLogin(), r.getKind(), r.getTarget(),
                    r.getDetail(), r.getWorkstation());
            if (!r.getPrevHash().equals(prev) || !r.getHash().equals(expected)) {
                return OptionalLong.of(r.getId());
            }
            prev = r.getHash();
        }
        return OptionalLong.empty();
    }

    @Override
    public java.util.Optional<AuditEntry> entry(long id) {
        return tx.dsl().selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(id)).fetchOptional().map(JooqAuditLog::entry);
    }

    @Override
    public long lastIdBelow(long id) {
        Long max = tx.dsl().select(org.jooq.impl.DSL.max(AUDIT_EVENT.ID)).from(AUDIT_EVENT).where(AUDIT_EVENT.ID.lt(id))
                .fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    private static AuditEntry entry(AuditEventRecord r) {
        return new AuditEntry(r.getId(), r.getAtUtc().toInstant(), r.getActorLogin(), AuditKind.valueOf(r.getKind()),
                r.getTarget(), r.getDetail(), r.getWorkstation(), r.getPrevHash(), r.getHash());
    }

    static String hash(String prev, Instant at, String actor, String kind, String target, String detail, String ws) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {prev, at.toString(), actor, kind, target, detail, ws}) {
                byte[] b = part.getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
