package vn.sotruong.core.correction;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.registers.BookHeading;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.AccountStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.Role;
import vn.sotruong.core.signature.AuthorityVault;
import vn.sotruong.core.signature.Certificates;
import vn.sotruong.core.signature.CredentialSource;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.core.signature.PdfSignatures;
import vn.sotruong.core.signature.SignatureLabel;
import vn.sotruong.core.signature.SignatureService;
import vn.sotruong.core.signature.SigningCredential;

/**
 * Ký biên bản sửa chữa điểm: once the corrections are applied, the principal who approved the minute, the system
 * administrator and the teacher who drafted it each sign its PDF with their own key, in any order; every signature
 * is an incremental update of the PDF before it, stored with its hash. After the third the minute is SIGNED; it is
 * then archived, read-only, and kept until the pupil leaves the school.
 */
public final class MinuteSigningService {
    private final CorrectionService corrections;
    private final CorrectionStore minutes;
    private final MinuteSignatureStore signatures;
    private final GradebookService gradebook;
    private final SchoolStore school;
    private final AccountStore accounts;
    private final SignatureService keys;
    private final AuthorityVault authority;
    private final MinutePrinter printer;
    private final PdfSignatures pdf;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    /** Ports and stores; {@code printer} and {@code pdf} come from the reports module. */
    public record Parts(CorrectionService corrections, CorrectionStore minutes, MinuteSignatureStore signatures,
                        GradebookService gradebook, SchoolStore school, AccountStore accounts, SignatureService keys,
                        AuthorityVault authority, MinutePrinter printer, PdfSignatures pdf, AuditLog audit,
                        Transactions tx, Clock clock) {
    }

    public MinuteSigningService(Parts p) {
        this.corrections = p.corrections();
        this.minutes = p.minutes();
        this.signatures = p.signatures();
        this.gradebook = p.gradebook();
        this.school = p.school();
        this.accounts = p.accounts();
        this.keys = p.keys();
        this.authority = p.authority();
        this.printer = p.printer();
        this.pdf = p.pdf();
        this.audit = p.audit();
        this.tx = p.tx();
        this.clock = p.clock();
    }

    /** The minute's PDF: the last signed version once anyone signed, else a fresh print. */
    public byte[] document(Actor actor, long minuteId) {
        CorrectionMinute m = corrections.minute(actor, minuteId);
        List<MinuteSignature> done = signatures.of(minuteId);
        return done.isEmpty() ? print(actor, m) : stored(done.getLast());
    }

    public List<MinuteSignature> signatures(Actor actor, long minuteId) {
        corrections.minute(actor, minuteId);
        return signatures.of(minuteId);
    }

    /**
     * The actor signs the applied minute with their own key as the role they hold in it. Refused, with nothing
     * changed: before the corrections are applied, by someone who is not one of its signers, twice for a role,
     * with a wrong key password, with a key not issued by the school, or if the stored PDF changed.
     */
    public MinuteSignature sign(Actor actor, long minuteId, char[] keyPassword) {
        return sign(actor, minuteId, null, keyPassword);
    }

    /**
     * As {@link #sign(Actor, long, char[])} with a key from {@code source} (a .p12 file, a USB token through
     * PKCS#11) opened with {@code secret}; null = the actor's stored key. The key must be the actor's own and
     * issued by the school's authority.
     */
    public MinuteSignature sign(Actor actor, long minuteId, CredentialSource source, char[] secret) {
        CorrectionMinute m = corrections.minute(actor, minuteId);
        if (m.status() == MinuteStatus.SIGNED || m.status() == MinuteStatus.ARCHIVED) {
            throw new DomainException("correction.allSigned");
        }
        Require.that(m.status() == MinuteStatus.APPLIED, "correction.signBeforeApplied");
        SignerRole role = roleOf(actor, m).orElseThrow(() -> new DomainException("correction.notASigner"));
        List<MinuteSignature> done = signatures.of(minuteId);
        Require.that(done.stream().noneMatch(s -> s.role() == role), "correction.alreadySigned", role.title());
        authority.certificate().orElseThrow(() -> new DomainException("signature.noAuthority"));
        SigningCredential key = (source == null ? keys.ownKey(actor) : source).open(secret);
        Instant now = clock.instant();
        // the school's CA or an imported root, valid now, a signing key usage, the signer's own (ADR 0037)
        keys.trust().requireTrusted(actor, key, now);
        byte[] base;
        if (done.isEmpty()) {
            base = print(actor, m);
        } else {
            base = stored(done.getLast());
            Require.that(verify(base).valid(), "correction.signedPdfDamaged", m.number());
        }
        String place = String.valueOf(heading().get("PLACE"));
        byte[] signed = pdf.sign(base, key, new SignatureLabel(actor.fullName(),
                "Biên bản sửa chữa điểm số " + m.number() + " — " + role.title(), place, now,
                role.title().toUpperCase(java.util.Locale.forLanguageTag("vi"))));
        MinuteSignature s = new MinuteSignature(0, minuteId, role, actor.login(), key.serial(), now,
                CorrectionService.sha256(signed));
        return tx.inTransaction(() -> {
            long id = signatures.add(s, signed);
            record(actor, AuditKind.MINUTE_SIGNED, m, role.name() + " " + actor.login() + " key " + key.serial()
                    + " pdf " + s.sha256());
            if (done.size() + 1 == SignerRole.values().length) {
                minutes.update(m.withStatus(MinuteStatus.SIGNED));
                record(actor, AuditKind.CORRECTION_CHANGED, m, "signed by all");
            }
            return new MinuteSignature(id, s.minuteId(), role, s.login(), s.certSerial(), now, s.sha256());
        });
    }

    /** The role the actor would sign the minute as now; empty when they may not sign it now (the rules of sign). */
    public Optional<SignerRole> mayRole(Actor actor, CorrectionMinute m) {
        if (m.status() != MinuteStatus.APPLIED) {
            return Optional.empty();
        }
        Set<SignerRole> signed = signatures.of(m.id()).stream().map(MinuteSignature::role).collect(Collectors.toSet());
        return roleOf(actor, m).filter(r -> !signed.contains(r));
    }

    /** Whether the actor may archive the minute now: signed by all three, principal or administrator. */
    public boolean mayArchive(Actor actor, CorrectionMinute m) {
        return mayArchive(actor) && m.status() == MinuteStatus.SIGNED;
    }

    private static boolean mayArchive(Actor actor) {
        return actor.has(Permission.RESULTS_APPROVE) || actor.has(Permission.LOCKS_MANAGE);
    }

    /** Archives a signed minute (principal or administrator): read-only, kept while its pupils are at the school. */
    public void archive(Actor actor, long minuteId) {
        if (!mayArchive(actor)) {
            throw new DomainException("auth.denied");
        }
        CorrectionMinute m = corrections.minute(actor, minuteId);
        Require.that(m.status() == MinuteStatus.SIGNED, "correction.archiveNotSigned");
        tx.run(() -> {
            minutes.update(m.withStatus(MinuteStatus.ARCHIVED));
            record(actor, AuditKind.CORRECTION_CHANGED, m, "archived");
        });
    }

    /** Checks a signed PDF against the trust list: the school's authority and the imported roots. */
    public PdfCheck verify(byte[] document) {
        return pdf.verify(document, keys.trust().list());
    }

    /** Which block of the minute the actor signs: the drafter, the approving principal, or an administrator. */
    Optional<SignerRole> roleOf(Actor actor, CorrectionMinute m) {
        if (actor.login().equals(m.draftedBy())) {
            return Optional.of(SignerRole.TEACHER);
        }
        if (actor.login().equals(m.decidedBy())) {
            return Optional.of(SignerRole.PRINCIPAL);
        }
        String admin = administrator(m);
        boolean isAdmin = admin != null ? admin.equals(actor.login()) : actor.has(Permission.LOCKS_MANAGE);
        return isAdmin ? Optional.of(SignerRole.ADMINISTRATOR) : Optional.empty();
    }

    /**
     * The administrator named on the minute: the one who applied it if not the teacher, else the school's only
     * active Quản trị hệ thống; null when that is not one person (then any administrator may sign).
     */
    private String administrator(CorrectionMinute m) {
        if (m.appliedBy() != null && !m.appliedBy().equals(m.draftedBy())) {
            return m.appliedBy();
        }
        List<String> admins = accounts.list().stream().filter(Account::active)
                .filter(a -> a.roles().contains(Role.QUAN_TRI))
                .map(Account::login).filter(l -> !l.equals(m.draftedBy()) && !l.equals(m.decidedBy())).toList();
        return admins.size() == 1 ? admins.getFirst() : null;
    }

    private byte[] stored(MinuteSignature last) {
        byte[] b = signatures.pdf(last.id()).orElseThrow();
        Require.that(CorrectionService.sha256(b).equals(last.sha256()), "correction.signedPdfDamaged", last.minuteId());
        return b;
    }

    private byte[] print(Actor actor, CorrectionMinute m) {
        try {
            return printer.print(sheet(actor, m));
        } catch (IOException e) {
            throw new DomainException("correction.printFailed", String.valueOf(e.getMessage()));
        }
    }

    MinuteSheet sheet(Actor actor, CorrectionMinute m) {
        ClassBook book = gradebook.classBook(actor, m.classId());
        List<MinuteSheet.Line> lines = new ArrayList<>();
        Map<SheetRef, List<Column>> columns = new java.util.HashMap<>();
        for (CorrectionItem i : m.items()) {
            SheetRef ref = new SheetRef(i.cell().area(), i.cell().item());
            String column = columns.computeIfAbsent(ref, r -> gradebook.columns(book, r)).stream()
                    .filter(c -> c.slot().equals(i.cell().slot())).map(Column::header).findFirst()
                    .orElse(i.cell().slot());
            String subject = i.cell().area() == Area.SUBJECT ? book.subject(i.cell().item()).map(s -> s.name())
                    .orElse(i.cell().item()) : i.cell().area() == Area.CONDUCT ? "Rèn luyện" : "Phẩm chất, năng lực";
            RosterRow row = book.row(i.cell().pupilId()).orElseThrow();
            lines.add(new MinuteSheet.Line(lines.size() + 1, row.pupil().code(), row.pupil().fullName(), subject,
                    column, shown(i.oldValue()), shown(i.newValue())));
        }
        List<MinuteSheet.EvidenceLine> evidence = new ArrayList<>();
        m.evidence().forEach(e -> evidence.add(new MinuteSheet.EvidenceLine(evidence.size() + 1, e.fileName(), e.sha256())));
        Map<SignerRole, String> signers = new EnumMap<>(SignerRole.class);
        signers.put(SignerRole.TEACHER, nameOf(m.draftedBy()));
        signers.put(SignerRole.PRINCIPAL, nameOf(m.decidedBy()));
        signers.put(SignerRole.ADMINISTRATOR, nameOf(administrator(m)));
        Instant when = m.appliedAt() != null ? m.appliedAt() : clock.instant();
        String year = book.yearStart() + "-" + (book.yearStart() + 1);
        return new MinuteSheet(heading(), m.number(), year, book.schoolClass().name(),
                when.atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate(), m.reason(), m.decisionNote(), lines,
                evidence, signers, "Sổ Trường · biên bản số " + m.number() + "/" + year + " · lớp "
                        + book.schoolClass().name());
    }

    private Map<String, Object> heading() {
        return BookHeading.of(school.find().orElseThrow(() -> new DomainException("school.notSetUp")), "").parameters();
    }

    private String nameOf(String login) {
        return login == null ? "" : accounts.findByLogin(login).map(Account::fullName).orElse(login);
    }

    private static String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "(trống)";
        }
        return value.matches("\\d+\\.\\d+") ? value.replace('.', ',') : value;
    }

    private void record(Actor actor, AuditKind kind, CorrectionMinute m, String what) {
        audit.record(new AuditEvent(actor.login(), kind, "minute:" + m.number() + "/" + m.yearId(), what,
                actor.workstation()));
    }

    /** Roles not yet signed, for prompts and lists. */
    public Set<SignerRole> missing(Actor actor, long minuteId) {
        Set<SignerRole> signed = signatures(actor, minuteId).stream().map(MinuteSignature::role)
                .collect(Collectors.toSet());
        return java.util.Arrays.stream(SignerRole.values()).filter(r -> !signed.contains(r))
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SignerRole.class)));
    }
}
