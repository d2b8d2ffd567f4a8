package vn.sotruong.core.audit;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.sotruong.core.signature.AuthorityVault;
import vn.sotruong.core.signature.SigningCredential;

/**
 * Ký điểm mốc nhật ký: signs the audit chain's head with the school's root key and checks the chain against the
 * signed checkpoints — a checkpoint beyond the chain's last event means the tail was deleted; one whose event has
 * another hash means that event was changed.
 */
public final class AuditCheckpoints {
    private final AuditLog log;
    private final CheckpointStore store;
    private final AuthorityVault authority;
    private final Clock clock;

    public AuditCheckpoints(AuditLog log, CheckpointStore store, AuthorityVault authority, Clock clock) {
        this.log = log;
        this.store = store;
        this.authority = authority;
        this.clock = clock;
    }

    /** Signs the chain's head now; empty when there is no school authority or no event yet. */
    public Optional<AuditCheckpoint> sign() {
        if (authority.certificate().isEmpty()) {
            return Optional.empty();
        }
        List<AuditEntry> head = log.latest(1);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        SigningCredential root = authority.open();
        AuditEntry last = head.getFirst();
        AuditCheckpoint unsigned = new AuditCheckpoint(0, last.id(), last.hash(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), root.serial(), new byte[0]);
        byte[] sig = signature(root.key(), unsigned.payload());
        AuditCheckpoint cp = new AuditCheckpoint(0, last.id(), last.hash(), unsigned.signedAt(), root.serial(), sig);
        long id = store.add(cp);
        return Optional.of(new AuditCheckpoint(id, cp.sequence(), cp.chainHash(), cp.signedAt(), cp.certSerial(), sig));
    }

    /** The chain and the checkpoints checked together. */
    public AuditVerification verify() {
        OptionalLong broken = log.firstBrokenEntry();
        List<AuditEntry> head = log.latest(1);
        long end = head.isEmpty() ? 0 : head.getFirst().id();
        Optional<X509Certificate> cert = authority.certificate();
        List<Long> forged = new ArrayList<>();
        AuditVerification.Truncation truncation = null;
        long firstBroken = broken.orElse(Long.MAX_VALUE);
        List<AuditCheckpoint> all = store.all();
        for (AuditCheckpoint cp : all) {
            if (cert.isEmpty() || !verifies(cert.get().getPublicKey(), cp)) {
                forged.add(cp.id());
                continue;
            }
            Optional<AuditEntry> event = log.entry(cp.sequence());
            if (event.isEmpty()) {
                if (truncation == null || cp.sequence() >= truncation.reached()) {
                    truncation = new AuditVerification.Truncation(cp.id(), cp.sequence(), cp.signedAt(),
                            log.lastIdBelow(cp.sequence()));
                }
            } else if (!event.get().hash().equals(cp.chainHash())) {
                firstBroken = Math.min(firstBroken, cp.sequence());
            }
        }
        return new AuditVerification(firstBroken == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(firstBroken),
                end, Optional.ofNullable(truncation), forged, all.size());
    }

    private static byte[] signature(PrivateKey key, byte[] payload) {
        try {
            Signature s = Signature.getInstance(algorithm(key.getAlgorithm()));
            s.initSign(key);
            s.update(payload);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("checkpoint cannot be signed", e);
        }
    }

    private static boolean verifies(PublicKey key, AuditCheckpoint cp) {
        try {
            Signature s = Signature.getInstance(algorithm(key.getAlgorithm()));
            s.initVerify(key);
            s.update(cp.payload());
            return s.verify(cp.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String algorithm(String keyAlgorithm) {
        return "EC".equals(keyAlgorithm) ? "SHA256withECDSA" : "SHA256with" + keyAlgorithm;
    }
}
