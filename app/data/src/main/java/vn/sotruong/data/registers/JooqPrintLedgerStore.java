package vn.sotruong.data.registers;

import static vn.sotruong.data.jooq.Sequences.PRINT_LEDGER_SEQ;
import static vn.sotruong.data.jooq.Tables.PRINT_LEDGER;
import static vn.sotruong.data.jooq.Tables.PRINT_LEDGER_PART;
import static vn.sotruong.data.jooq.Tables.REGISTER_KEEPING;
import static vn.sotruong.data.jooq.Tables.REGISTER_SIGNATURE;

import java.util.List;
import java.util.Optional;
import vn.sotruong.core.registers.BookKeeping;
import vn.sotruong.core.registers.BookSignature;
import vn.sotruong.core.registers.KeepingStep;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintLedgerStore;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintedPart;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jdbc.Timestamps;
import vn.sotruong.data.jooq.tables.records.PrintLedgerRecord;

/**
 * The print ledger in tables {@code print_ledger} and {@code print_ledger_part}, the principal's signatures in
 * {@code register_signature} and the binding and archiving in {@code register_keeping}.
 */
public final class JooqPrintLedgerStore implements PrintLedgerStore {
    private static final int BATCH = 500;
    private final JooqTransactions tx;

    public JooqPrintLedgerStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long reserveId() {
        return tx.dsl().nextval(PRINT_LEDGER_SEQ);
    }

    @Override
    public void record(PrintRecord p) {
        PrintRequest r = p.request();
        tx.dsl().insertInto(PRINT_LEDGER).set(PRINT_LEDGER.ID, p.id()).set(PRINT_LEDGER.YEAR_ID, p.yearId())
                .set(PRINT_LEDGER.REGISTER, r.register().code()).set(PRINT_LEDGER.SCOPE, r.ledgerScope())
                .set(PRINT_LEDGER.PERIOD, r.period().code()).set(PRINT_LEDGER.PAPER, r.paper().name())
                .set(PRINT_LEDGER.TWO_SIDED, r.twoSided()).set(PRINT_LEDGER.DRAFT, r.draft())
                .set(PRINT_LEDGER.PRINTED_BY, p.printedBy()).set(PRINT_LEDGER.PRINTED_AT, Timestamps.utc(p.printedAt()))
                .set(PRINT_LEDGER.WORKSTATION, p.workstation()).set(PRINT_LEDGER.FINGERPRINT, p.fingerprint())
                .set(PRINT_LEDGER.PAGES, p.pages()).set(PRINT_LEDGER.FILE_SHA256, p.fileSha256()).execute();
        List<PrintedPart> parts = p.parts();
        for (int i = 0; i < parts.size(); i += BATCH) {
            var insert = tx.dsl().insertInto(PRINT_LEDGER_PART, PRINT_LEDGER_PART.LEDGER_ID, PRINT_LEDGER_PART.PART_NO,
                    PRINT_LEDGER_PART.LABEL, PRINT_LEDGER_PART.FINGERPRINT, PRINT_LEDGER_PART.FIRST_PAGE,
                    PRINT_LEDGER_PART.PAGES);
            for (int j = i; j < Math.min(parts.size(), i + BATCH); j++) {
                PrintedPart part = parts.get(j);
                insert = insert.values(p.id(), j + 1, part.label(), part.fingerprint(), part.firstPage(), part.pages());
            }
            insert.execute();
        }
    }

    @Override
    public Optional<PrintRecord> find(long id) {
        return tx.dsl().selectFrom(PRINT_LEDGER).where(PRINT_LEDGER.ID.eq(id)).fetchOptional().map(this::print);
    }

    @Override
    public List<PrintRecord> list(long yearId) {
        return tx.dsl().selectFrom(PRINT_LEDGER).where(PRINT_LEDGER.YEAR_ID.eq(yearId))
                .orderBy(PRINT_LEDGER.PRINTED_AT.desc(), PRINT_LEDGER.ID.desc()).fetch(this::print);
    }

    @Override
    public void sign(BookSignature g, byte[] pdf) {
        tx.dsl().insertInto(REGISTER_SIGNATURE).set(REGISTER_SIGNATURE.LEDGER_ID, g.ledgerId())
                .set(REGISTER_SIGNATURE.LOGIN, g.login()).set(REGISTER_SIGNATURE.CERT_SERIAL, g.certSerial())
                .set(REGISTER_SIGNATURE.SIGNED_AT, Timestamps.utc(g.signedAt())).set(REGISTER_SIGNATURE.PDF, pdf)
                .set(REGISTER_SIGNATURE.SHA256, g.sha256()).execute();
    }

    @Override
    public Optional<BookSignature> signature(long ledgerId) {
        return signatures(REGISTER_SIGNATURE.LEDGER_ID.eq(ledgerId)).stream().findFirst();
    }

    @Override
    public Optional<byte[]> signedPdf(long ledgerId) {
        return tx.dsl().select(REGISTER_SIGNATURE.PDF).from(REGISTER_SIGNATURE)
                .where(REGISTER_SIGNATURE.LEDGER_ID.eq(ledgerId)).fetchOptional(REGISTER_SIGNATURE.PDF);
    }

    @Override
    public List<BookSignature> signatures(long yearId) {
        return signatures(REGISTER_SIGNATURE.LEDGER_ID.in(tx.dsl().select(PRINT_LEDGER.ID).from(PRINT_LEDGER)
                .where(PRINT_LEDGER.YEAR_ID.eq(yearId))));
    }

    private List<BookSignature> signatures(org.jooq.Condition where) {
        return tx.dsl().select(REGISTER_SIGNATURE.LEDGER_ID, REGISTER_SIGNATURE.LOGIN, REGISTER_SIGNATURE.CERT_SERIAL,
                        REGISTER_SIGNATURE.SIGNED_AT, REGISTER_SIGNATURE.SHA256).from(REGISTER_SIGNATURE).where(where)
                .orderBy(REGISTER_SIGNATURE.LEDGER_ID)
                .fetch(r -> new BookSignature(r.value1(), r.value2(), r.value3(), Timestamps.instant(r.value4()),
                        r.value5()));
    }

    @Override
    public void keep(BookKeeping k) {
        tx.dsl().insertInto(REGISTER_KEEPING).set(REGISTER_KEEPING.LEDGER_ID, k.ledgerId())
                .set(REGISTER_KEEPING.STEP, k.step().name()).set(REGISTER_KEEPING.ON_DATE, k.on())
                .set(REGISTER_KEEPING.SET_BY, k.setBy()).set(REGISTER_KEEPING.SET_AT, Timestamps.utc(k.setAt()))
                .execute();
    }

    @Override
    public List<BookKeeping> keeping(long yearId) {
        return tx.dsl().selectFrom(REGISTER_KEEPING).where(REGISTER_KEEPING.LEDGER_ID.in(tx.dsl().select(PRINT_LEDGER.ID)
                        .from(PRINT_LEDGER).where(PRINT_LEDGER.YEAR_ID.eq(yearId))))
                .orderBy(REGISTER_KEEPING.LEDGER_ID, REGISTER_KEEPING.STEP)
                .fetch(r -> new BookKeeping(r.getLedgerId(), KeepingStep.valueOf(r.getStep()), r.getOnDate(),
                        r.getSetBy(), Timestamps.instant(r.getSetAt())));
    }

    private PrintRecord print(PrintLedgerRecord r) {
        List<PrintedPart> parts = tx.dsl().selectFrom(PRINT_LEDGER_PART).where(PRINT_LEDGER_PART.LEDGER_ID.eq(r.getId()))
                .orderBy(PRINT_LEDGER_PART.PART_NO).fetch(p -> new PrintedPart(p.getLabel(), p.getFingerprint(),
                        p.getFirstPage(), p.getPages()));
        PrintRequest request = PrintRequest.fromLedger(RegisterName.ofCode(r.getRegister()).orElseThrow(),
                r.getScope(), RegisterPeriod.ofCode(r.getPeriod()).orElseThrow(), Paper.valueOf(r.getPaper()),
                r.getYearId(), r.getTwoSided(), r.getDraft());
        return new PrintRecord(r.getId(), r.getYearId(), request, r.getPrintedBy(),
                Timestamps.instant(r.getPrintedAt()), r.getWorkstation(), r.getFingerprint(), r.getPages(),
                r.getFileSha256(), parts);
    }
}
