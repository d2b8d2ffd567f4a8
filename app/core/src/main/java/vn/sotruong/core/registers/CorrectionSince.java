package vn.sotruong.core.registers;

import java.time.Instant;

/** Biên bản sửa điểm áp dụng sau khi in: a correction minute applied to a class of the book after it was printed. */
public record CorrectionSince(int number, String className, Instant appliedAt) {
}
