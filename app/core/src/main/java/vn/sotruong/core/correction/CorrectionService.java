package vn.sotruong.core.correction;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.EntryKey;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.RosterRow;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Biên bản sửa chữa điểm. A wrong score is corrected only through a minute: the teacher drafts it with the reason
 * and evidence and submits it (by one week before the term's end-of-term test); the principal, who did not draft
 * it, approves or rejects it; the approved values — exactly those, nothing else — are then written (the minute's
 * cells are open for those values only while it is approved) and the cells are locked again.
 */
public final class CorrectionService {
    /** Days before the end-of-term test after which no correction of that term is accepted. */
    public static final int DAYS_BEFORE_END_TEST = 7;
    private static final int TEXT_MAX = 1000;

    private final CorrectionStore store;
    private final GradebookService gradebook;
    private final LongFunction<DueDates> dueDates;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public CorrectionService(CorrectionStore store, GradebookService gradebook, LongFunction<DueDates> dueDates,
                             AuditLog audit, Transactions tx, Clock clock) {
        this.store = store;
        this.gradebook = gradebook;
        this.dueDates = dueDates;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Drafts a minute for cells of one class; each must be one the actor may enter and must change its value. */
    public long draft(Actor actor, long classId, String reason, List<CorrectionRequest> requests) {
        String why = text(reason, "correction.reasonRequired");
        Require.that(!requests.isEmpty(), "correction.noItems");
        ClassBook book = gradebook.classBook(actor, classId);
        List<CorrectionItem> items = new ArrayList<>();
        Map<SheetRef, Sheet> sheets = new HashMap<>();
        for (CorrectionRequest r : requests) {
            Sheet sheet = sheets.computeIfAbsent(r.sheet(), ref -> gradebook.sheet(actor, classId, ref));
            if (!sheet.editable()) {
                throw new DomainException("scope.notYourClassOrSubject", book.schoolClass().name());
            }
            RosterRow row = book.row(r.pupilId()).filter(RosterRow::current)
                    .orElseThrow(() -> new DomainException("gradebook.pupilNotInClass", book.schoolClass().name()));
            Column col = sheet.column(r.slot())
                    .orElseThrow(() -> new DomainException("gradebook.unknownColumn", r.slot()));
            String now = sheet.row(row.pupilId()).orElseThrow().text(r.slot());
            String wanted = col.kind().parse(r.newText(), wholeTests(book)).text();
            Require.that(!Objects.equals(now, wanted), "correction.sameValue", col.header(), row.pupil().code());
            items.add(new CorrectionItem(new EntryKey(row.pupilId(), r.sheet().area(), r.sheet().item(), r.slot()),
                    now, wanted));
        }
        return tx.inTransaction(() -> {
            long id = store.create(new CorrectionMinute(0, book.schoolClass().yearId(), 0, classId, MinuteStatus.DRAFT,
                    why, actor.login(), clock.instant(), null, null, null, null, null, null, items, List.of()));
            record(actor, require(id), "drafted, " + items.size() + " cells");
            return id;
        });
    }

    /** Adds an evidence file (a readable image or PDF) to the drafter's own draft. */
    public long addEvidence(Actor actor, long minuteId, String fileName, byte[] content) {
        CorrectionMinute m = require(minuteId);
        requireDrafter(actor, m);
        requireStatus(m, MinuteStatus.DRAFT);
        String name = text(fileName, "correction.evidenceUnreadable");
        String type = EvidenceCheck.mediaType(name, content);
        return tx.inTransaction(() -> {
            long id = store.addEvidence(minuteId, new Evidence(0, name, type, sha256(content), content.length,
                    actor.login(), clock.instant()), content);
            record(actor, m, "evidence " + name + " " + sha256(content));
            return id;
        });
    }

    /** The drafter submits the minute to the principal: with evidence, and before the term's correction deadline. */
    public void submit(Actor actor, long minuteId) {
        CorrectionMinute m = require(minuteId);
        requireDrafter(actor, m);
        requireStatus(m, MinuteStatus.DRAFT);
        Require.that(!m.evidence().isEmpty(), "correction.evidenceRequired");
        LocalDate last = lastDay(m);
        LocalDate today = clock.instant().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
        Require.that(!today.isAfter(last), "correction.pastDeadline", last);
        move(actor, m, MinuteStatus.SUBMITTED, "submitted");
    }

    /** The principal approves a submitted minute drafted by someone else. */
    public void approve(Actor principal, long minuteId, String note) {
        decide(principal, minuteId, MinuteStatus.APPROVED, note);
    }

    public void reject(Actor principal, long minuteId, String note) {
        Require.text(note, "correction.rejectionReasonRequired");
        decide(principal, minuteId, MinuteStatus.REJECTED, note);
    }

    /**
     * Writes the approved values (the drafter, or the administrator); refused if a cell no longer holds the value
     * the minute was drafted against. The cells lock again once the minute is applied.
     */
    public void apply(Actor actor, long minuteId) {
        CorrectionMinute m = require(minuteId);
        requireStatus(m, MinuteStatus.APPROVED);
        if (!actor.login().equals(m.draftedBy()) && !actor.has(Permission.LOCKS_MANAGE)) {
            throw new DomainException("auth.denied");
        }
        tx.run(() -> {
            Map<SheetRef, List<CellEdit>> bySheet = new LinkedHashMap<>();
            for (CorrectionItem i : m.items()) {
                SheetRef ref = new SheetRef(i.cell().area(), i.cell().item());
                Sheet sheet = gradebook.sheet(actor, m.classId(), ref);
                String now = sheet.row(i.cell().pupilId()).map(r -> r.text(i.cell().slot())).orElse(null);
                Require.that(Objects.equals(now, i.oldValue()), "correction.cellChangedSince", i.cell().slot(),
                        now == null ? "—" : now);
                bySheet.computeIfAbsent(ref, k -> new ArrayList<>()).add(new CellEdit(i.cell().pupilId(), i.cell().slot(),
                        i.newValue() == null ? "" : i.newValue(), sheet.row(i.cell().pupilId()).orElseThrow()
                        .version(i.cell().slot())));
            }
            bySheet.forEach((ref, edits) -> gradebook.save(actor, m.classId(), ref, edits, Via.CORRECTION));
            CorrectionMinute applied = with(require(minuteId), MinuteStatus.APPLIED, null, null, null, actor.login());
            store.update(applied);
            record(actor, applied, "applied");
        });
    }

    /** The minutes of a year: all of them for the principal and the administrator, a teacher's own otherwise. */
    public List<CorrectionMinute> minutes(Actor actor, long yearId) {
        boolean all = actor.has(Permission.RESULTS_APPROVE) || actor.has(Permission.LOCKS_MANAGE)
                || actor.has(Permission.AUDIT_VIEW);
        return store.ofYear(yearId).stream().filter(m -> all || m.draftedBy().equals(actor.login())).toList();
    }

    public CorrectionMinute minute(Actor actor, long minuteId) {
        CorrectionMinute m = require(minuteId);
        if (!m.draftedBy().equals(actor.login()) && !actor.has(Permission.RESULTS_APPROVE)
                && !actor.has(Permission.LOCKS_MANAGE) && !actor.has(Permission.AUDIT_VIEW)) {
            throw new DomainException("auth.denied");
        }
        return m;
    }

    /** An evidence file's bytes, checked against the hash recorded when it was added. */
    public byte[] evidence(Actor actor, long minuteId, long evidenceId) {
        CorrectionMinute m = minute(actor, minuteId);
        Evidence e = m.evidence().stream().filter(x -> x.id() == evidenceId).findFirst()
                .orElseThrow(() -> new DomainException("correction.notFound"));
        byte[] content = store.evidenceContent(evidenceId);
        Require.that(sha256(content).equals(e.sha256()), "correction.evidenceDamaged", e.fileName());
        return content;
    }

    /** The last day to submit: a week before the end-of-term test of the latest term the minute touches. */
    public LocalDate lastDay(CorrectionMinute m) {
        DueDates due = dueDates.apply(m.yearId());
        LocalDate last = null;
        for (CorrectionItem i : m.items()) {
            int term = i.cell().slot().equals(ColumnLayout.SUMMER) || i.cell().slot().startsWith(ColumnLayout.SUPPLEMENTARY)
                    ? 0 : termOf(i.cell());
            LocalDate d = term == 0
                    ? due.due(new Column(i.cell().slot(), vn.sotruong.core.gradebook.ColumnKind.REASSESSMENT, "", 0, false), 0)
                    .orElseThrow()
                    : due.testDate("HK" + term + ".CK").minusDays(DAYS_BEFORE_END_TEST);
            last = last == null || d.isBefore(last) ? d : last;
        }
        return last;
    }

    private static int termOf(EntryKey cell) {
        String s = cell.slot();
        if (s.startsWith("HK1") || s.startsWith("GHK1") || s.startsWith("CHK1") || s.endsWith(".GHK1") || s.endsWith(".CHK1")) {
            return 1;
        }
        return 2;
    }

    private void decide(Actor principal, long minuteId, MinuteStatus to, String note) {
        principal.require(Permission.RESULTS_APPROVE);
        CorrectionMinute m = require(minuteId);
        requireStatus(m, MinuteStatus.SUBMITTED);
        Require.that(!principal.login().equals(m.draftedBy()), "correction.ownMinute");
        String n = note == null || note.isBlank() ? null : text(note, "correction.reasonRequired");
        tx.run(() -> {
            CorrectionMinute d = with(m, to, principal.login(), clock.instant(), n, null);
            store.update(d);
            record(principal, d, to.name().toLowerCase(java.util.Locale.ROOT) + (n == null ? "" : ": " + n));
        });
    }

    private void move(Actor actor, CorrectionMinute m, MinuteStatus to, String what) {
        tx.run(() -> {
            CorrectionMinute d = new CorrectionMinute(m.id(), m.yearId(), m.number(), m.classId(), to, m.reason(),
                    m.draftedBy(), m.draftedAt(), clock.instant(), m.decidedBy(), m.decidedAt(), m.decisionNote(),
                    m.appliedBy(), m.appliedAt(), m.items(), m.evidence());
            store.update(d);
            record(actor, d, what);
        });
    }

    private CorrectionMinute with(CorrectionMinute m, MinuteStatus to, String decidedBy, java.time.Instant decidedAt,
                                  String note, String appliedBy) {
        return new CorrectionMinute(m.id(), m.yearId(), m.number(), m.classId(), to, m.reason(), m.draftedBy(),
                m.draftedAt(), m.submittedAt(), decidedBy != null ? decidedBy : m.decidedBy(),
                decidedAt != null ? decidedAt : m.decidedAt(), note != null ? note : m.decisionNote(),
                appliedBy != null ? appliedBy : m.appliedBy(), appliedBy != null ? clock.instant() : m.appliedAt(),
                m.items(), m.evidence());
    }

    private void record(Actor actor, CorrectionMinute m, String what) {
        audit.record(new AuditEvent(actor.login(), AuditKind.CORRECTION_CHANGED, "minute:" + m.number() + "/" + m.yearId(),
                what, actor.workstation()));
    }

    private CorrectionMinute require(long id) {
        return store.find(id).orElseThrow(() -> new DomainException("correction.notFound"));
    }

    private static void requireDrafter(Actor actor, CorrectionMinute m) {
        if (!actor.login().equals(m.draftedBy())) {
            throw new DomainException("correction.notDrafter");
        }
    }

    private static void requireStatus(CorrectionMinute m, MinuteStatus s) {
        if (m.status() != s) {
            throw new DomainException("correction.wrongStatus", m.status().name());
        }
    }

    private static boolean wholeTests(ClassBook book) {
        return !(book.rules() instanceof Tt27RuleSet r) || r.settings().wholeNumberTestScores();
    }

    private static String text(String s, String code) {
        String t = Require.text(s, code);
        Require.that(t.length() <= TEXT_MAX, "correction.textTooLong", TEXT_MAX);
        return t;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
