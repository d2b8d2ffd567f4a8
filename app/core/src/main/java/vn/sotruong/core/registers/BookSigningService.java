package vn.sotruong.core.registers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.gradebook.MissingEntry;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.signature.AuthorityVault;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.PdfSignatures;
import vn.sotruong.core.signature.SignatureLabel;
import vn.sotruong.core.signature.SignatureService;
import vn.sotruong.core.signature.SigningCredential;

/**
 * Ký số sổ, đóng quyển, lưu trữ: the principal signs a printed book whose data is complete and still the data now
 * (the book of the ledger line rendered again with its stamp and signed PAdES with the principal's own key — the
 * electronic record the regulations allow in place of paper); the clerk records a book bound and archived with the
 * day. Signing needs {@link Permission#RESULTS_APPROVE} (Hiệu trưởng); binding and archiving
 * {@link Permission#REGISTERS_PRINT} or {@link Permission#SCHOOL_SETUP}. Every step is audited.
 */
public final class BookSigningService {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Parts p;

    /** Ports and stores; {@code printer} and {@code pdf} come from the reports module. */
    public record Parts(RegisterBooks books, RegisterPrinter printer, PrintLedgerStore ledger, ResultsService results,
                        OrganisationStore organisation, SchoolStore school, SignatureService keys,
                        AuthorityVault authority, PdfSignatures pdf, AuditLog audit, Transactions tx, Clock clock) {
    }

    public BookSigningService(Parts parts) {
        this.p = parts;
    }

    /**
     * The principal signs the book printed as ledger line {@code ledgerId} with their key. Refused, nothing changed:
     * {@code auth.denied}, {@code registers.printNotFound}, {@code registers.alreadySigned},
     * {@code registers.blankNotSigned}, {@code registers.draftNotSigned}, {@code registers.signIncomplete} (class, how many entries missing),
     * {@code registers.signSuperseded} (the data changed since the print), {@code signature.noAuthority},
     * {@code signature.noKey}, {@code signature.wrongKeyPassword}, {@code signature.notSchoolCertificate}.
     */
    public BookSignature sign(Actor actor, long ledgerId, char[] keyPassword) {
        actor.require(Permission.RESULTS_APPROVE);
        PrintRecord print = p.ledger().find(ledgerId)
                .orElseThrow(() -> new DomainException("registers.printNotFound", ledgerId));
        Require.that(p.ledger().signature(ledgerId).isEmpty(), "registers.alreadySigned", ledgerId);
        Require.that(!print.request().options().blank(), "registers.blankNotSigned", ledgerId);
        Require.that(!print.request().draft(), "registers.draftNotSigned", ledgerId);
        requireComplete(actor, print);
        RegisterDocument doc = p.books().build(actor, print.request());
        Require.that(doc.fingerprint().equals(print.fingerprint()), "registers.signSuperseded", ledgerId);
        p.authority().certificate().orElseThrow(() -> new DomainException("signature.noAuthority"));
        SigningCredential key = p.keys().unlock(actor, keyPassword);
        Instant now = p.clock().instant();
        p.keys().trust().requireTrusted(actor, key, now);
        byte[] base = render(doc, print);
        byte[] signed = p.pdf().sign(base, key, new SignatureLabel(actor.fullName(), reason(print), place(), now));
        BookSignature s = new BookSignature(ledgerId, actor.login(), key.serial(), now,
                RegisterService.sha256Hex(signed));
        p.tx().run(() -> {
            p.ledger().sign(s, signed);
            p.audit().record(new AuditEvent(actor.login(), AuditKind.REGISTER_SIGNED, target(print),
                    "ledger " + ledgerId + ", key " + s.certSerial() + ", pdf " + s.sha256(), actor.workstation()));
        });
        return s;
    }

    /** The signed PDF of a print; {@code registers.notSigned}, {@code registers.signedPdfDamaged}. */
    public byte[] signedPdf(Actor actor, long ledgerId) {
        actor.require(Permission.REGISTERS_PRINT);
        BookSignature s = p.ledger().signature(ledgerId)
                .orElseThrow(() -> new DomainException("registers.notSigned", ledgerId));
        byte[] pdf = p.ledger().signedPdf(ledgerId).orElseThrow();
        Require.that(RegisterService.sha256Hex(pdf).equals(s.sha256()),
                "registers.signedPdfDamaged", ledgerId);
        return pdf;
    }

    /** The principal's signature of a print, if signed. */
    public Optional<BookSignature> signature(Actor actor, long ledgerId) {
        actor.require(Permission.REGISTERS_PRINT);
        return p.ledger().signature(ledgerId);
    }

    /** The signatures of a year's prints. */
    public List<BookSignature> signatures(Actor actor, long yearId) {
        actor.require(Permission.REGISTERS_PRINT);
        return p.ledger().signatures(yearId);
    }

    /** Checks a signed PDF's signatures against the school's authority. */
    public PdfCheck verify(byte[] document) {
        return p.pdf().verify(document, p.keys().trust().list());
    }

    /**
     * Records a printed book bound (đã đóng quyển) or archived (đã lưu trữ) on the day {@code on}. Refused, nothing
     * changed: {@code auth.denied}, {@code registers.printNotFound}, {@code registers.alreadyKept},
     * {@code registers.keepDateFuture}, {@code registers.keepDateBeforePrint}, {@code registers.archiveNotBound}
     * (a paper book is bound before it is archived; a signed one may be archived as it is).
     */
    public BookKeeping keep(Actor actor, long ledgerId, KeepingStep step, LocalDate on) {
        if (!actor.has(Permission.REGISTERS_PRINT) && !actor.has(Permission.SCHOOL_SETUP)) {
            throw new DomainException("auth.denied");
        }
        PrintRecord print = p.ledger().find(ledgerId)
                .orElseThrow(() -> new DomainException("registers.printNotFound", ledgerId));
        Require.that(on != null, "registers.keepDateMissing");
        List<BookKeeping> done = p.ledger().keeping(print.yearId()).stream().filter(k -> k.ledgerId() == ledgerId)
                .toList();
        Require.that(done.stream().noneMatch(k -> k.step() == step), "registers.alreadyKept", ledgerId);
        Instant now = p.clock().instant();
        LocalDate today = now.atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
        Require.that(!on.isAfter(today), "registers.keepDateFuture", on.format(DAY));
        LocalDate printed = print.printedAt().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
        Require.that(!on.isBefore(printed), "registers.keepDateBeforePrint", on.format(DAY), printed.format(DAY));
        if (step == KeepingStep.ARCHIVED) {
            Require.that(done.stream().anyMatch(k -> k.step() == KeepingStep.BOUND)
                    || p.ledger().signature(ledgerId).isPresent(), "registers.archiveNotBound", ledgerId);
        }
        BookKeeping k = new BookKeeping(ledgerId, step, on, actor.login(), now);
        p.tx().run(() -> {
            p.ledger().keep(k);
            p.audit().record(new AuditEvent(actor.login(), AuditKind.REGISTER_KEPT, target(print),
                    "ledger " + ledgerId + ", " + step.name().toLowerCase(java.util.Locale.ROOT) + " " + on,
                    actor.workstation()));
        });
        return k;
    }

    /** No required entry missing in the classes the book covers (see {@link BookCompleteness}). */
    private void requireComplete(Actor actor, PrintRecord print) {
        BookCompleteness completeness = new BookCompleteness(p.results(), actor);
        for (SchoolClass c : p.organisation().classes(print.yearId())) {
            List<MissingEntry> missing = print.request().scope().covers(c)
                    ? completeness.missing(c, print.request()) : List.of();
            if (!missing.isEmpty()) {
                MissingEntry first = missing.getFirst();
                String where = first.sheet().area() == vn.sotruong.core.gradebook.Area.SUBJECT
                        ? first.sheet().item() + " " + first.header() : first.header();
                throw new DomainException("registers.signIncomplete", c.name(), missing.size(), first.pupilCode(),
                        where);
            }
        }
    }

    /** The book as printed: same data, same stamp (ledger number, fingerprint, time), same paper. */
    private byte[] render(RegisterDocument doc, PrintRecord print) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            PrintedBook printed = p.printer().print(doc, print.request().paper(),
                    new PrintStamp(print.id(), print.fingerprint(), print.printedAt()), out);
            Require.that(printed.pages() == print.pages(), "registers.signPagesDiffer", print.id(), print.pages(),
                    printed.pages());
        } catch (IOException e) {
            throw new DomainException("registers.outNotWritable", String.valueOf(e.getMessage()));
        }
        return out.toByteArray();
    }

    private static String reason(PrintRecord print) {
        return "Sổ in số " + print.id() + " — " + print.request().register().code() + " "
                + print.request().ledgerScope() + " — Hiệu trưởng ký duyệt";
    }

    private String place() {
        return p.school().find().map(s -> String.valueOf(BookHeading.of(s, "").parameters().get("PLACE"))).orElse("");
    }

    private static String target(PrintRecord print) {
        return "register:" + print.request().register().code() + "/" + print.request().ledgerScope();
    }
}
