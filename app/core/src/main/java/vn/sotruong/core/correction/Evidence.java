package vn.sotruong.core.correction;

import java.time.Instant;

/** An evidence file of a minute (the teacher's score book page, the test paper): its name, type, hash and size. */
public record Evidence(long id, String fileName, String mediaType, String sha256, long sizeBytes, String addedBy,
                       Instant addedAt) {
}
