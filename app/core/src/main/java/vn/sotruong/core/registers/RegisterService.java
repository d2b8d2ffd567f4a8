package vn.sotruong.core.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * In sổ: prints a book to a PDF and records it in the print ledger (what, for whom, which paper, who, when, the
 * fingerprint of the data, pages, the file's hash), and checks a printed book against the data now. Needs
 * {@link Permission#REGISTERS_PRINT}; the data is read with the actor's own rights (their classes).
 */
public final class RegisterService {
    private final RegisterBooks books;
    private final RegisterPrinter printer;
    private final PrintLedgerStore ledger;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public RegisterService(RegisterBooks books, RegisterPrinter printer, PrintLedgerStore ledger, AuditLog audit,
                           Transactions tx, Clock clock) {
        this.books = books;
        this.printer = printer;
        this.ledger = ledger;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Prints the book into {@code out} (written beside it first, moved into place when the print is recorded, so
     * a failed print leaves neither a file nor a ledger line). Refusals: {@code auth.denied},
     * {@code registers.notAvailable}, {@code registers.paperNotAvailable}, {@code registers.outNotWritable},
     * {@code registers.incomplete} (a book of entered results with required entries missing, unless the request
     * asks for a draft: how many, the first few), the scope's and the data's own codes.
     */
    public PrintRecord print(Actor actor, PrintRequest request, Path out) {
        return print(actor, request, out, PrintProgress.none());
    }

    /**
     * The same, telling {@code progress} how many of the book's classes are laid out and stopping when it is
     * cancelled ({@code registers.cancelled}: no file, no ledger line).
     */
    public PrintRecord print(Actor actor, PrintRequest request, Path out, PrintProgress progress) {
        actor.require(Permission.REGISTERS_PRINT);
        if (!request.register().available()) {
            throw new DomainException("registers.notAvailable", request.register().code());
        }
        Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new DomainException("registers.outNotWritable", target.toString());
        }
        if (request.ledgerScope().length() > PrintLedgerStore.SCOPE_MAX) {
            throw new DomainException("registers.scopeTooLong", request.ledgerScope());
        }
        progress.gathering();
        RegisterDocument doc = books.build(actor, request);
        PrintSteps steps = new PrintSteps(doc, progress);
        PrintSteps.checkCancelled(progress);
        if (!printer.canPrint(doc, doc.request().paper())) {
            throw new DomainException("registers.paperNotAvailable", doc.request().register().code(),
                    doc.request().paper().name());
        }
        if (!doc.request().draft()) {
            books.gaps(actor, doc.request()).requireNone();
        }
        String fingerprint = doc.fingerprint();
        long id = ledger.reserveId();
        Instant now = clock.instant();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            MessageDigest sha = sha256();
            PrintedBook printed;
            try (OutputStream file = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
                printed = printer.print(doc, doc.request().paper(), new PrintStamp(id, fingerprint, now), file,
                        steps::beforeSection);
            }
            PrintSteps.checkCancelled(progress);
            PrintRecord record = new PrintRecord(id, doc.request().yearId(), doc.request(), actor.login(), now,
                    actor.workstation(), fingerprint, printed.pages(), HexFormat.of().formatHex(sha.digest()),
                    parts(doc, printed));
            tx.run(() -> {
                ledger.record(record);
                audit.record(new AuditEvent(actor.login(), AuditKind.REGISTER_PRINTED,
                        "register:" + doc.request().register().code() + "/" + doc.request().ledgerScope(),
                        "ledger " + id + ", " + doc.request().period().code() + ", " + doc.request().paper() + ", "
                                + record.pages() + " pages, data " + fingerprint.substring(0, 12),
                        actor.workstation()));
                move(partial, target);
            });
            steps.finished();
            return record;
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException("registers.outNotWritable", target + ": " + e.getMessage());
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * Whether a printed book still matches the data: reads the stamp the PDF carries, finds its ledger line and
     * gathers the same book again now. A file without our stamp, or whose stamp the ledger does not know, is
     * {@link Verification.Status#NOT_OURS}.
     */
    public Verification verify(Actor actor, Path pdf) {
        actor.require(Permission.REGISTERS_PRINT);
        Optional<PrintStamp> stamp;
        try {
            stamp = printer.readStamp(pdf);
        } catch (IOException e) {
            return Verification.notOurs();
        }
        if (stamp.isEmpty()) {
            return Verification.notOurs();
        }
        PrintRecord print = ledger.find(stamp.get().ledgerId()).orElse(null);
        if (print == null || !print.fingerprint().equals(stamp.get().fingerprint())) {
            return Verification.notOurs();
        }
        String sha = fileSha256(pdf);
        BookSignature signature = ledger.signature(print.id()).orElse(null);
        boolean signedCopy = signature != null && signature.sha256().equals(sha);
        boolean fileUnchanged = signedCopy || print.fileSha256().equals(sha);
        RegisterDocument now = books.build(actor, print.request());
        if (now.fingerprint().equals(print.fingerprint())) {
            return new Verification(Verification.Status.MATCH, print, List.of(), fileUnchanged, signature, signedCopy);
        }
        return new Verification(Verification.Status.STALE, print, changed(print, now), fileUnchanged, signature,
                signedCopy);
    }

    /** The staff id of the teacher whose login this is, for a personal book; {@code registers.teacherNotFound}. */
    public long teacher(Actor actor, String login) {
        actor.require(Permission.REGISTERS_PRINT);
        return books.teacher(login);
    }

    /** The prints of a year, newest first. */
    public List<PrintRecord> prints(Actor actor, long yearId) {
        actor.require(Permission.REGISTERS_PRINT);
        return ledger.list(yearId);
    }

    /** The parts printed whose data is now different, gone, or new since. */
    static List<String> changed(PrintRecord print, RegisterDocument now) {
        Map<String, String> current = new LinkedHashMap<>();
        now.parts().forEach(p -> current.put(p.label(), p.fingerprint()));
        List<String> changed = new ArrayList<>();
        for (PrintedPart p : print.parts()) {
            String fp = current.remove(p.label());
            if (!p.fingerprint().equals(fp)) {
                changed.add(p.label());
            }
        }
        changed.addAll(current.keySet());
        return changed;
    }

    private static List<PrintedPart> parts(RegisterDocument doc, PrintedBook printed) {
        return doc.parts().stream().map(p -> new PrintedPart(p.label(), p.fingerprint(),
                printed.firstPage(p.section()), printed.sectionPages().get(p.section()))).toList();
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileSha256(Path f) {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[65536];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                sha.update(buf, 0, n);
            }
        } catch (IOException e) {
            return "";
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The SHA-256 of bytes in hexadecimal, as the ledger keeps a file's. */
    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover .partial file is harmless; the ledger has no line for it
        }
    }
}
