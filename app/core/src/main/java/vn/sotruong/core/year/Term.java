package vn.sotruong.core.year;

import java.time.LocalDate;

/**
 * A term (học kì) of a school year.
 *
 * @param number 1 or 2
 * @param teachingWeeks the weeks of actual teaching it must hold (18 + 17 in the Ministry's frame)
 */
public record Term(int number, LocalDate start, LocalDate end, int teachingWeeks) {
}
