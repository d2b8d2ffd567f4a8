package vn.sotruong.data.lan;

import static vn.sotruong.data.jooq.Tables.WORKSTATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.lan.WorkstationStatus;
import vn.sotruong.core.lan.WorkstationStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.WorkstationRecord;

/** Sổ máy trạm in the {@code workstation} table (V11). */
public final class JooqWorkstationStore implements WorkstationStore {
    private final JooqTransactions tx;

    public JooqWorkstationStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long add(String name, String secretHash, String pairingCode, String address, Instant requestedAt) {
        return tx.dsl().insertInto(WORKSTATION).set(WORKSTATION.NAME, name).set(WORKSTATION.SECRET_HASH, secretHash)
                .set(WORKSTATION.PAIRING_CODE, pairingCode).set(WORKSTATION.STATUS, WorkstationStatus.PENDING.name())
                .set(WORKSTATION.ADDRESS, address).set(WORKSTATION.REQUESTED_AT, Timestamps.utc(requestedAt))
                .returningResult(WORKSTATION.ID).fetchOne().value1();
    }

    @Override
    public Optional<Workstation> find(long id) {
        return tx.dsl().selectFrom(WORKSTATION).where(WORKSTATION.ID.eq(id)).fetchOptional(JooqWorkstationStore::of);
    }

    @Override
    public Optional<Workstation> findBySecretHash(String secretHash) {
        return tx.dsl().selectFrom(WORKSTATION).where(WORKSTATION.SECRET_HASH.eq(secretHash))
                .fetchOptional(JooqWorkstationStore::of);
    }

    @Override
    public List<Workstation> all() {
        return tx.dsl().selectFrom(WORKSTATION).orderBy(WORKSTATION.ID).fetch(JooqWorkstationStore::of);
    }

    @Override
    public void decide(long id, WorkstationStatus status, String decidedBy, Instant decidedAt) {
        tx.dsl().update(WORKSTATION).set(WORKSTATION.STATUS, status.name()).set(WORKSTATION.DECIDED_BY, decidedBy)
                .set(WORKSTATION.DECIDED_AT, Timestamps.utc(decidedAt)).where(WORKSTATION.ID.eq(id)).execute();
    }

    @Override
    public void seen(long id, Instant at) {
        tx.dsl().update(WORKSTATION).set(WORKSTATION.LAST_SEEN_AT, Timestamps.utc(at)).where(WORKSTATION.ID.eq(id))
                .execute();
    }

    private static Workstation of(WorkstationRecord r) {
        return new Workstation(r.getId(), r.getName(), r.getPairingCode(), WorkstationStatus.valueOf(r.getStatus()),
                r.getAddress(), Timestamps.instant(r.getRequestedAt()), r.getDecidedBy(),
                Timestamps.instant(r.getDecidedAt()), Timestamps.instant(r.getLastSeenAt()));
    }
}
