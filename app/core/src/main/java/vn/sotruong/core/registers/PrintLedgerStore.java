package vn.sotruong.core.registers;

import java.util.List;
import java.util.Optional;

/** The print ledger's storage. */
public interface PrintLedgerStore {
    /** The longest scope (with the book's options, {@link PrintRequest#ledgerScope()}) the ledger keeps. */
    int SCOPE_MAX = 60;

    /** A new ledger number, never given twice (a print that fails leaves a gap). */
    long reserveId();

    /** Stores a print with its parts. */
    void record(PrintRecord print);

    Optional<PrintRecord> find(long id);

    /** The prints of a year, newest first. */
    List<PrintRecord> list(long yearId);

    /** Keeps the principal's signature of a print with the signed PDF (one a print). */
    void sign(BookSignature signature, byte[] pdf);

    Optional<BookSignature> signature(long ledgerId);

    /** The signed PDF of a print. */
    Optional<byte[]> signedPdf(long ledgerId);

    /** The signatures of a year's prints. */
    List<BookSignature> signatures(long yearId);

    /** Records a print bound or archived (once a step). */
    void keep(BookKeeping keeping);

    /** The binding and archiving of a year's prints. */
    List<BookKeeping> keeping(long yearId);
}
