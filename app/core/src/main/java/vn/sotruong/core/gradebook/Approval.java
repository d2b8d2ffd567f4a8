package vn.sotruong.core.gradebook;

import java.time.Instant;

/**
 * The principal's approval (phê duyệt) of a class's results for a period ({@code HK1}, {@code HK2},
 * {@code CN}); the fingerprint is a hash of the results approved, so a later change shows.
 */
public record Approval(long yearId, long classId, String period, String approvedBy, Instant approvedAt,
                       String fingerprint) {
}
