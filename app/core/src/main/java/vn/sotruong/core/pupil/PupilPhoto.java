package vn.sotruong.core.pupil;

import java.time.Instant;

/**
 * Ảnh học sinh: the optional photo on a pupil's record, as stored (JPEG or PNG), with the SHA-256 of its bytes
 * so a copy can be checked, who stored it and when.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param sha256 lowercase hex of the bytes' SHA-256
 */
public record PupilPhoto(long pupilId, String mediaType, byte[] bytes, String sha256, String storedBy,
                         Instant storedAt) {
    public PupilPhoto {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }
}
