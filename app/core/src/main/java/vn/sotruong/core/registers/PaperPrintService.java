package vn.sotruong.core.registers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * In ra máy in: sends a book already in the print ledger (its PDF, unchanged since it was printed or signed) to one
 * of the operating system's printers, and records it against that ledger line only when the printer reports the
 * job done. A job that fails records nothing, unless the printer says how many pages came out: then exactly those
 * (ADR 0040). Needs {@link Permission#REGISTERS_PRINT}.
 */
public final class PaperPrintService {
    private final PrintLedgerStore ledger;
    private final PaperPrinter printer;
    private final AuditLog audit;
    private final Transactions tx;

    public PaperPrintService(PrintLedgerStore ledger, PaperPrinter printer, AuditLog audit, Transactions tx) {
        this.ledger = ledger;
        this.printer = printer;
        this.audit = audit;
        this.tx = tx;
    }

    /** The printers to choose from, the default first; {@code registers.noPrinter} when none is installed. */
    public List<String> printers(Actor actor) {
        actor.require(Permission.REGISTERS_PRINT);
        List<String> names = printer.printers();
        if (names.isEmpty()) {
            throw new DomainException("registers.noPrinter");
        }
        return names;
    }

    /**
     * Prints ledger line {@code ledgerId} from {@code pdf}. Refusals: {@code auth.denied},
     * {@code registers.printNotFound}, {@code registers.paperFileDiffers} (not the file the ledger recorded),
     * {@code registers.paperCopiesInvalid}, {@code registers.noPrinter}, {@code registers.printerUnknown};
     * a failed job: {@code registers.printerFailed} (nothing recorded) or {@code registers.printerStoppedAfter}
     * (the pages the printer reports recorded).
     */
    public PaperOutcome print(Actor actor, long ledgerId, Path pdf, PaperJob job) {
        actor.require(Permission.REGISTERS_PRINT);
        PrintRecord print = ledger.find(ledgerId).orElseThrow(() -> new DomainException("registers.printNotFound",
                String.valueOf(ledgerId)));
        String sha = sha256(pdf);
        String signedSha = ledger.signature(ledgerId).map(BookSignature::sha256).orElse("");
        if (!sha.equals(print.fileSha256()) && !sha.equals(signedSha)) {
            throw new DomainException("registers.paperFileDiffers", String.valueOf(ledgerId), pdf.toString());
        }
        if (job.copies() < 1 || job.copies() > PaperJob.MAX_COPIES) {
            throw new DomainException("registers.paperCopiesInvalid", job.copies(), PaperJob.MAX_COPIES);
        }
        List<String> names = printers(actor);
        if (job.printer() == null || !names.contains(job.printer())) {
            throw new DomainException("registers.printerUnknown", String.valueOf(job.printer()));
        }
        PaperOutcome outcome = printer.print(pdf, job);
        int pages = print.pages() * job.copies();
        String what = "ledger " + ledgerId + ", printer " + job.printer() + ", " + job.paper()
                + (job.duplex() ? ", duplex" : ", one side") + ", copies " + job.copies();
        if (outcome.completed()) {
            tx.run(() -> audit.record(new AuditEvent(actor.login(), AuditKind.REGISTER_PAPER_PRINTED, target(print),
                    what + ", pages " + pages, actor.workstation())));
            return outcome;
        }
        if (outcome.pagesPrinted() > 0) {
            int printed = Math.min(outcome.pagesPrinted(), pages);
            tx.run(() -> audit.record(new AuditEvent(actor.login(), AuditKind.REGISTER_PAPER_STOPPED, target(print),
                    what + ", pages 1-" + printed + " of " + pages + " printed, then: " + outcome.problem(),
                    actor.workstation())));
            throw new DomainException("registers.printerStoppedAfter", job.printer(), printed, pages,
                    outcome.problem());
        }
        throw new DomainException("registers.printerFailed", job.printer(), outcome.problem());
    }

    private static String target(PrintRecord print) {
        return "register:" + print.request().register().code() + "/" + print.request().ledgerScope();
    }

    private static String sha256(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[65536];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new DomainException("registers.paperFileMissing", f.toString());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
