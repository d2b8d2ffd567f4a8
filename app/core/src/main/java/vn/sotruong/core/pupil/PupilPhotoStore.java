package vn.sotruong.core.pupil;

import java.util.Optional;

/** Where pupils' photos are kept: at most one per pupil. */
public interface PupilPhotoStore {
    /** Stores the photo, replacing the pupil's previous one. */
    void put(PupilPhoto photo);

    Optional<PupilPhoto> find(long pupilId);

    /** Removes the pupil's photo; false when there was none. */
    boolean remove(long pupilId);
}
