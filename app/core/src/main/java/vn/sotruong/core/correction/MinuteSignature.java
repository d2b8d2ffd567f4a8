package vn.sotruong.core.correction;

import java.time.Instant;

/** Chữ ký trên biên bản: one signature of a minute, and the hash of the whole PDF as it stood after it. */
public record MinuteSignature(long id, long minuteId, SignerRole role, String login, String certSerial,
                              Instant signedAt, String sha256) {
}
