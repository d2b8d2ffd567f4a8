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
 * @param draft bản nháp: a book of entered results printed while required entries are missing, every page
 *              watermarked and each gap marked "chưa đủ"; never signed; a choice, not part of the data fingerprint
 */
public record PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper,
                           Long yearId, BookOptions options, boolean twoSided, boolean draft) {
    public PrintRequest {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(scope, "scope");
        period = period == null ? RegisterPeriod.YEAR : period;
        paper = paper == null ? Paper.A4 : paper;
        options = options == null ? BookOptions.NONE : options;
    }

    /** A final (not draft) book laid out for one or both sides of the sheet. */
    public PrintRequest(RegisterName register, RegisterScope scope, RegisterPeriod period, Paper paper, Long yearId,
                        BookOptions options, boolean twoSided) {
        this(register, scope, period, paper, yearId, options, twoSided, false);
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
        return new PrintRequest(register, scope, period, paper, year, options, twoSided, draft);
    }

    /** The same book laid out for both sides of the sheet, or for one. */
    public PrintRequest withTwoSided(boolean both) {
        return new PrintRequest(register, scope, period, paper, yearId, options, both, draft);
    }

    /** The same book as a draft (bản nháp, allowed while required entries are missing), or as the final book. */
    public PrintRequest withDraft(boolean asDraft) {
        return new PrintRequest(register, scope, period, paper, yearId, options, twoSided, asDraft);
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

    /** The request a ledger line describes, laid out as it was then, final. */
    public static PrintRequest fromLedger(RegisterName register, String ledgerScope, RegisterPeriod period,
                                          Paper paper, long yearId, boolean twoSided) {
        return fromLedger(register, ledgerScope, period, paper, yearId, twoSided, false);
    }

    /** The request a ledger line describes, laid out as it was then, a draft or not. */
    public static PrintRequest fromLedger(RegisterName register, String ledgerScope, RegisterPeriod period,
                                          Paper paper, long yearId, boolean twoSided, boolean draft) {
        List<String> parts = BookOptions.split(ledgerScope);
        RegisterScope scope = RegisterScope.parse(parts.removeFirst());
        return new PrintRequest(register, scope, period, paper, yearId, BookOptions.parseLedger(parts), twoSided,
                draft);
    }
}
