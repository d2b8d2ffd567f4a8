package vn.sotruong.data.pupil;

import static vn.sotruong.data.jooq.Tables.PUPIL_PHOTO;

import java.util.Optional;
import vn.sotruong.core.pupil.PupilPhoto;
import vn.sotruong.core.pupil.PupilPhotoStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;

/** Pupils' photos in table {@code pupil_photo} (V10): one row per pupil, replaced on change. */
public final class JooqPupilPhotoStore implements PupilPhotoStore {
    private final JooqTransactions tx;

    public JooqPupilPhotoStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void put(PupilPhoto photo) {
        tx.dsl().deleteFrom(PUPIL_PHOTO).where(PUPIL_PHOTO.PUPIL_ID.eq(photo.pupilId())).execute();
        tx.dsl().insertInto(PUPIL_PHOTO).set(PUPIL_PHOTO.PUPIL_ID, photo.pupilId())
                .set(PUPIL_PHOTO.MEDIA_TYPE, photo.mediaType()).set(PUPIL_PHOTO.SHA256, photo.sha256())
                .set(PUPIL_PHOTO.SIZE_BYTES, (long) photo.size()).set(PUPIL_PHOTO.CONTENT, photo.bytes())
                .set(PUPIL_PHOTO.STORED_BY, photo.storedBy()).set(PUPIL_PHOTO.STORED_AT, Timestamps.utc(photo.storedAt()))
                .execute();
    }

    @Override
    public Optional<PupilPhoto> find(long pupilId) {
        return tx.dsl().selectFrom(PUPIL_PHOTO).where(PUPIL_PHOTO.PUPIL_ID.eq(pupilId)).fetchOptional()
                .map(r -> new PupilPhoto(r.getPupilId(), r.getMediaType(), r.getContent(), r.getSha256(),
                        r.getStoredBy(), Timestamps.instant(r.getStoredAt())));
    }

    @Override
    public boolean remove(long pupilId) {
        return tx.dsl().deleteFrom(PUPIL_PHOTO).where(PUPIL_PHOTO.PUPIL_ID.eq(pupilId)).execute() > 0;
    }
}
