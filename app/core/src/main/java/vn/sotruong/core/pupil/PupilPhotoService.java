package vn.sotruong.core.pupil;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.security.Actor;

/**
 * Ảnh học sinh: puts a photo on a pupil's record or takes it off. A photo is personal data of a child, so it is
 * stored only once the parents' consent is on the record (Nghị định 13/2023); only JPEG and PNG up to
 * {@link #MAX_BYTES} are taken. Whoever may change the record may change the photo; whoever sees it sees the photo.
 */
public final class PupilPhotoService {
    /** The largest photo taken: a record photo (3×4) needs far less. */
    public static final int MAX_BYTES = 1024 * 1024;

    private final PupilService pupils;
    private final PupilPhotoStore photos;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public PupilPhotoService(PupilService pupils, PupilPhotoStore photos, AuditLog audit, Transactions tx,
                             Clock clock) {
        this.pupils = pupils;
        this.photos = photos;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stores the photo in place of any earlier one. Refusals: {@code pupil.photoEmpty}, {@code pupil.photoTooLarge},
     * {@code pupil.photoNotImage}, {@code pupil.photoNeedsConsent}, the record's access codes.
     */
    public PupilPhoto setPhoto(Actor actor, long pupilId, byte[] bytes) {
        Require.that(bytes != null && bytes.length > 0, "pupil.photoEmpty");
        Require.that(bytes.length <= MAX_BYTES, "pupil.photoTooLarge", (bytes.length + 1023) / 1024, MAX_BYTES / 1024);
        PhotoFormat format = PhotoFormat.of(bytes).orElseThrow(() -> new DomainException("pupil.photoNotImage"));
        return tx.inTransaction(() -> {
            Pupil p = pupils.requirePupil(actor, pupilId);
            pupils.requireEditPupil(actor, pupilId);
            Require.that(p.consent() != null, "pupil.photoNeedsConsent", p.code());
            PupilPhoto photo = new PupilPhoto(pupilId, format.mediaType(), bytes, sha256(bytes), actor.login(),
                    clock.instant());
            photos.put(photo);
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_CHANGED, "pupil:" + p.code(),
                    "photo stored: " + format.mediaType() + ", " + bytes.length + " bytes, sha256 "
                            + photo.sha256().substring(0, 12), actor.workstation()));
            return photo;
        });
    }

    /** Takes the photo off the record (parents withdrew consent, or a wrong photo). Refused when there is none. */
    public void removePhoto(Actor actor, long pupilId) {
        tx.run(() -> {
            Pupil p = pupils.requirePupil(actor, pupilId);
            pupils.requireEditPupil(actor, pupilId);
            Require.that(photos.remove(pupilId), "pupil.photoNone", p.code());
            audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_CHANGED, "pupil:" + p.code(),
                    "photo removed", actor.workstation()));
        });
    }

    /** The pupil's photo, for whoever may see the record. */
    public Optional<PupilPhoto> photo(Actor actor, long pupilId) {
        pupils.requirePupil(actor, pupilId);
        return photos.find(pupilId);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
