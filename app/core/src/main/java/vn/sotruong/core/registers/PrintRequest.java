package vn.sotruong.core.registers;

import java.util.Objects;

/**
 * One print job: which book, for which classes, which part of the year, on which paper.
 *
 * @param yearId the school year; null for the current one
 */
public record PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper,
                           Long yearId) {
    public PrintRequest {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(scope, "scope");
        period = period == null ? RegisterPeriod.YEAR : period;
        paper = paper == null ? Paper.A4 : paper;
    }

    public PrintRequest forYear(long year) {
        return new PrintRequest(register, scope, period, paper, year);
    }
}
