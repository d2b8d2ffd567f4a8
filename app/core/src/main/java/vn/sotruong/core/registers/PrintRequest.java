package vn.sotruong.core.registers;

import java.util.List;
import java.util.Objects;

/**
 * One print job: which book, for which classes, which part of the year, on which paper, and what some books need
 * besides ({@link BookOptions}: teacher and subject, month, assessment point).
 *
 * @param yearId the school year; null for the current one
 */
public record PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper,
                           Long yearId, BookOptions options) {
    public PrintRequest {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(scope, "scope");
        period = period == null ? RegisterPeriod.YEAR : period;
        paper = paper == null ? Paper.A4 : paper;
        options = options == null ? BookOptions.NONE : options;
    }

    /** A book that needs no options. */
    public PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper, Long yearId) {
        this(register, scope, period, paper, yearId, BookOptions.NONE);
    }

    public PrintRequest forYear(long year) {
        return new PrintRequest(register, scope, period, paper, year, options);
    }

    /** The scope as the print ledger keeps it: {@code class:7A}, with the options after it ({@code ;thang=11/2026}). */
    public String ledgerScope() {
        return scope.text() + options.ledgerSuffix();
    }

    /** The request a ledger line describes (its scope written by {@link #ledgerScope()}). */
    public static PrintRequest fromLedger(RegisterName register, String ledgerScope, RegisterPeriod period,
                                          Paper paper, long yearId) {
        List<String> parts = BookOptions.split(ledgerScope);
        RegisterScope scope = RegisterScope.parse(parts.removeFirst());
        return new PrintRequest(register, scope, period, paper, yearId, BookOptions.parseLedger(parts));
    }
}
