package vn.sotruong.core.lan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sổ máy trạm: the paired workstations, kept in the store. Only the SHA-256 of a workstation's secret is kept. */
public interface WorkstationStore {
    long add(String name, String secretHash, String pairingCode, String address, Instant requestedAt);

    Optional<Workstation> find(long id);

    Optional<Workstation> findBySecretHash(String secretHash);

    List<Workstation> all();

    void decide(long id, WorkstationStatus status, String decidedBy, Instant decidedAt);

    void seen(long id, Instant at);
}
