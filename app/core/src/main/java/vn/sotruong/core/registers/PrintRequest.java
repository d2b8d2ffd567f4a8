package vn.sotruong.core.registers;

import java.util.List;
import java.util.Objects;

/**
 * One print job: which book, for which classes, which part of the year, on which paper, what some books need
 * besides ({@link BookOptions}: teacher and subject, month, assessment point), and whether it is laid out for
 * printing on both sides of the sheet.
 *
 * @param yearId the school year; null for the current one
 * @param twoSided in hai mặt: the binding margin mirrored on even pages and each class starting on an odd page
 *                 (a blank page before it when needed); a layout choice, so not part of the data fingerprint
 */
public record PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper,
                           Long yearId, BookOptions options, boolean twoSided) {
    public PrintRequest {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(scope, "scope");
        period = period == null ? RegisterPeriod.YEAR : period;
        paper = paper == null ? Paper.A4 : paper;
        options = options == null ? BookOptions.NONE : options;
    }

    /** A book laid out for one side of the sheet. */
    public PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper, Long yearId,
                        BookOptions options) {
        this(register, scope, period, paper, yearId, options, false);
    }

    /** A book that needs no options, laid out for one side of the sheet. */
    public PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper, Long yearId) {
        this(register, scope, period, paper, yearId, BookOptions.NONE, false);
    }

    public PrintRequest forYear(long year) {
        return new PrintRequest(register, scope, period, paper, year, options, twoSided);
    }

    /** The same book laid out for both sides of the sheet, or for one. */
    public PrintRequest withTwoSided(boolean both) {
        return new PrintRequest(register, scope, period, paper, yearId, options, both);
    }

    /** The scope as the print ledger keeps it: {@code class:7A}, with the options after it ({@code ;thang=11/2026}). */
    public String ledgerScope() {
        return scope.text() + options.ledgerSuffix();
    }

    /** The request a ledger line describes (its scope written by {@link #ledgerScope()}), one-sided. */
    public static PrintRequest fromLedger(RegisterName register, String ledgerScope, RegisterPeriod period,
                                          Paper paper, long yearId) {
        return fromLedger(register, ledgerScope, period, paper, yearId, false);
    }

    /** The request a ledger line describes, laid out as it was then. */
    public static PrintRequest fromLedger(RegisterName register, String ledgerScope, RegisterPeriod period,
                                          Paper paper, long yearId, boolean twoSided) {
        List<String> parts = BookOptions.split(ledgerScope);
        RegisterScope scope = RegisterScope.parse(parts.removeFirst());
        return new PrintRequest(register, scope, period, paper, yearId, BookOptions.parseLedger(parts), twoSided);
    }
}
