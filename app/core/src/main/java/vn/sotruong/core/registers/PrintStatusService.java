package vn.sotruong.core.registers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.CorrectionStore;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Sổ cần in lại: every print of the ledger compared with the data now (its {@link DataFingerprint}), so the clerk
 * knows which printed and signed books are out of date, why (the correction minutes applied since, the parts whose
 * entries changed) and whether they were printed again. A later print of the same book, scope and period replaces
 * an earlier one; the paper does not matter (the same data on A4 or A3 is the same book). Changes nothing. Needs
 * {@link Permission#REGISTERS_PRINT}; the data is gathered with the actor's own rights.
 */
public final class PrintStatusService {
    private final RegisterBooks books;
    private final PrintLedgerStore ledger;
    private final CorrectionStore corrections;
    private final OrganisationStore organisation;

    public PrintStatusService(RegisterBooks books, PrintLedgerStore ledger, CorrectionStore corrections,
                              OrganisationStore organisation) {
        this.books = books;
        this.ledger = ledger;
        this.corrections = corrections;
        this.organisation = organisation;
    }

    /** Every print of the year with its standing, newest first; each book is gathered once however often printed. */
    public List<PrintStatus> statuses(Actor actor, long yearId) {
        actor.require(Permission.REGISTERS_PRINT);
        List<PrintRecord> prints = ledger.list(yearId);
        Map<String, Gathered> now = new HashMap<>();
        Map<String, Long> latest = new HashMap<>();
        List<CorrectionMinute> applied = corrections.inStatus(yearId, MinuteStatus.APPLIED);
        List<SchoolClass> classes = organisation.classes(yearId);
        List<PrintStatus> out = new ArrayList<>();
        for (PrintRecord p : prints) {
            String key = key(p.request());
            Long later = latest.get(key);
            latest.putIfAbsent(key, p.id());
            Gathered g = now.computeIfAbsent(key, k -> gather(actor, p.request()));
            List<CorrectionSince> since = correctionsSince(p, applied, classes);
            if (g.problem != null) {
                out.add(new PrintStatus(p, PrintStanding.UNCHECKED, List.of(), since, later, g.problem.code(),
                        List.of(g.problem.args())));
            } else if (g.document.fingerprint().equals(p.fingerprint())) {
                out.add(new PrintStatus(p, PrintStanding.CURRENT, List.of(), List.of(), later, null, List.of()));
            } else {
                out.add(new PrintStatus(p, PrintStanding.SUPERSEDED, RegisterService.changed(p, g.document), since,
                        later, null, List.of()));
            }
        }
        return List.copyOf(out);
    }

    /** The clerk's list: books whose last print is out of date, newest print first. */
    public List<PrintStatus> toReprint(Actor actor, long yearId) {
        return statuses(actor, yearId).stream().filter(PrintStatus::toReprint).toList();
    }

    /** One print's standing (for "In lại"); {@code registers.printNotFound} when the ledger has no such line. */
    public PrintStatus status(Actor actor, long yearId, long ledgerId) {
        return statuses(actor, yearId).stream().filter(s -> s.print().id() == ledgerId).findFirst()
                .orElseThrow(() -> new DomainException("registers.printNotFound", ledgerId));
    }

    private record Gathered(RegisterDocument document, DomainException problem) {
    }

    private Gathered gather(Actor actor, PrintRequest request) {
        try {
            return new Gathered(books.build(actor, request), null);
        } catch (DomainException e) {
            return new Gathered(null, e);
        }
    }

    /** What identifies "the same book": book, scope, period, year; not the paper. */
    private static String key(PrintRequest r) {
        return r.register().code() + '|' + r.scope().text() + '|' + r.period().code() + '|' + r.yearId();
    }

    /** The minutes applied after the print to a class the print covers, oldest first. */
    private static List<CorrectionSince> correctionsSince(PrintRecord p, List<CorrectionMinute> applied,
                                                          List<SchoolClass> classes) {
        Map<Long, SchoolClass> byId = classes.stream().collect(Collectors.toMap(SchoolClass::id, c -> c));
        Set<Long> covered = classes.stream().filter(p.request().scope()::covers).map(SchoolClass::id)
                .collect(Collectors.toSet());
        return applied.stream()
                .filter(m -> m.appliedAt() != null && m.appliedAt().isAfter(p.printedAt()) && covered.contains(m.classId()))
                .sorted(java.util.Comparator.comparing(CorrectionMinute::appliedAt))
                .map(m -> new CorrectionSince(m.number(), byId.get(m.classId()).name(), m.appliedAt())).toList();
    }
}
