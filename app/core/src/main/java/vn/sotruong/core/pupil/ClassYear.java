package vn.sotruong.core.pupil;

import java.time.LocalDate;

/** A pupil's class in one school year, as the sổ đăng bộ shows it ("2026-2027: 7A"). */
public record ClassYear(String yearLabel, String className, LocalDate from, LocalDate until) {
}
