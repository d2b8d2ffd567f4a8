package vn.sotruong.core.locks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.deadline.DueDates;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.CellLocks;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLock;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Khóa sổ điểm. The principal decides when the gradebook is locked and opened; the administrator records it.
 * Opening needs the principal's own confirmation (their signed-in {@link Actor}); locking the administrator may
 * do at once. Without a decision, a column locks what is entered in it the day after its deadline (setting
 * {@code lock.automatic}, on by default): a score already given is then changed only through a correction
 * minute, while an empty cell may still be filled, as a late entry. The newest decision covering a column is in
 * force; an opening with an end day locks again after it.
 */
public final class LockService implements CellLocks {
    public static final String AUTOMATIC = "lock.automatic";
    private static final int REASON_MAX = 500;

    private final LockStore store;
    private final SettingsStore settings;
    private final LongFunction<DueDates> dueDates;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public LockService(LockStore store, SettingsStore settings, LongFunction<DueDates> dueDates, AuditLog audit,
                       Transactions tx, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.dueDates = dueDates;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Locks columns of a scope at once (administrator). */
    public long lock(Actor admin, long yearId, LockScope scope, LockColumns columns, String reason) {
        admin.require(Permission.LOCKS_MANAGE);
        return record(admin, admin.login(), yearId, scope, columns, LockAction.LOCK, null, reason);
    }

    /**
     * Opens columns of a scope on the principal's decision: {@code principal} is the principal signed in to
     * confirm it (refused {@code lock.principalRequired} otherwise); {@code until} is the last day it stays open.
     */
    public long open(Actor admin, Actor principal, long yearId, LockScope scope, LockColumns columns, LocalDate until,
                     String reason) {
        admin.require(Permission.LOCKS_MANAGE);
        if (principal == null || !principal.has(Permission.RESULTS_APPROVE)) {
            throw new DomainException("lock.principalRequired");
        }
        Require.that(until == null || !until.isBefore(today()), "lock.untilInPast", until);
        return record(admin, principal.login(), yearId, scope, columns, LockAction.OPEN, until, reason);
    }

    public List<LockDecision> decisions(Actor actor, long yearId) {
        if (!actor.has(Permission.LOCKS_MANAGE) && !actor.has(Permission.GRADES_VIEW_ALL)
                && !actor.has(Permission.AUDIT_VIEW)) {
            throw new DomainException("auth.denied");
        }
        return store.decisions(yearId);
    }

    public boolean automatic() {
        return settings.get(AUTOMATIC).map(v -> !"false".equalsIgnoreCase(v.strip())).orElse(true);
    }

    /** Whether the actor may switch the automatic locks: the principal, or the administrator recording it. */
    public static boolean maySwitchAutomatic(Actor actor) {
        return actor.has(Permission.RESULTS_APPROVE) || actor.has(Permission.LOCKS_MANAGE);
    }

    /**
     * Bật / tắt tự động khóa theo hạn nhập ({@code lock.automatic}): the principal or the administrator, audited
     * as a lock change (and so checkpointed). Refused {@code auth.denied} for anyone else.
     */
    public void setAutomatic(Actor actor, boolean on) {
        if (!maySwitchAutomatic(actor)) {
            throw new DomainException("auth.denied");
        }
        boolean was = automatic();
        if (was == on) {
            return;
        }
        tx.run(() -> {
            settings.put(AUTOMATIC, String.valueOf(on));
            audit.record(new AuditEvent(actor.login(), AuditKind.LOCK_CHANGED, "setting:" + AUTOMATIC,
                    was + " → " + on, actor.workstation()));
        });
    }

    @Override
    public Map<String, ColumnLock> lockedColumns(ClassBook book, SheetRef ref, List<Column> columns) {
        return forOneSave(book.schoolClass().yearId()).lockedColumns(book, ref, columns);
    }

    /**
     * The year's decisions, today and (with automatic locks) its deadlines, read once: the locks of every sheet of
     * one save. A book of another year is answered as {@link #lockedColumns} answers it.
     */
    @Override
    public CellLocks forOneSave(long yearId) {
        List<LockDecision> decisions = store.decisions(yearId);
        LocalDate today = today();
        DueDates due = automatic() ? dueDates.apply(yearId) : null;
        return (book, ref, columns) -> book.schoolClass().yearId() == yearId
                ? locked(decisions, today, due, book, ref, columns) : lockedColumns(book, ref, columns);
    }

    /** The locked columns of a sheet under the year's decisions and, when not null, its automatic deadlines. */
    private static Map<String, ColumnLock> locked(List<LockDecision> decisions, LocalDate today, DueDates due,
                                                  ClassBook book, SheetRef ref, List<Column> columns) {
        boolean auto = due != null;
        String subject = ref.area() == Area.SUBJECT ? ref.item() : null;
        Map<String, ColumnLock> locked = new HashMap<>();
        for (Column c : columns) {
            Optional<LockDecision> last = decisions.reversed().stream()
                    .filter(d -> d.scope().covers(book.schoolClass(), subject) && d.columns().covers(ref.area(), c))
                    .findFirst();
            if (last.isPresent()) {
                LockDecision d = last.get();
                if (d.action() == LockAction.LOCK) {
                    locked.put(c.slot(), ColumnLock.of("lock.locked", d.reason(), d.decidedBy(),
                            d.recordedAt().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate()));
                } else if (d.openUntil() != null && today.isAfter(d.openUntil())) {
                    locked.put(c.slot(), ColumnLock.of("lock.openingEnded", d.openUntil()));
                }
                continue;
            }
            if (auto) {
                int regular = (int) columns.stream().filter(x -> x.term() == c.term() && x.slot().contains(".TX")).count();
                due.due(c, regular).filter(today::isAfter)
                        .ifPresent(d -> locked.put(c.slot(), ColumnLock.onEntered("lock.afterDeadline", d)));
            }
        }
        return locked;
    }

    private long record(Actor admin, String decidedBy, long yearId, LockScope scope, LockColumns columns,
                        LockAction action, LocalDate until, String reason) {
        String why = Require.text(reason, "lock.reasonRequired");
        Require.that(why.length() <= REASON_MAX, "lock.reasonTooLong", REASON_MAX);
        return tx.inTransaction(() -> {
            long id = store.record(new LockDecision(0, yearId, scope, columns, action, until, why, decidedBy,
                    admin.login(), clock.instant()));
            audit.record(new AuditEvent(admin.login(), AuditKind.LOCK_CHANGED, "year:" + yearId + " " + describe(scope),
                    action + " " + columns + (until == null ? "" : " until " + until) + " — " + why
                            + " (decided by " + decidedBy + ")", admin.workstation()));
            return id;
        });
    }

    private static String describe(LockScope s) {
        return (s.grade() == null ? "" : "grade " + s.grade() + " ") + (s.classId() == null ? "" : "class#" + s.classId() + " ")
                + (s.subjectCode() == null ? "" : s.subjectCode());
    }

    private LocalDate today() {
        return clock.instant().atZone(EntryProgressService.SCHOOL_ZONE).toLocalDate();
    }
}
