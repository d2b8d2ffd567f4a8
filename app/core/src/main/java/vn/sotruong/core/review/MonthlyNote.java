package vn.sotruong.core.review;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Nhận xét hằng tháng: the vice-principal's review note of a month at the end of a class's book, with the
 * author's name and when it was written (and last changed, while its month was open).
 */
public record MonthlyNote(long id, long yearId, long classId, YearMonth month, String text, String writtenBy,
                          String authorName, Instant writtenAt, Instant changedAt) {
}
