package vn.sotruong.core.review;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Require;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * The vice-principal writes each month's review note in a class's book. A note may be changed by its author
 * while its month is open; once the month has ended it stands as written and can only be followed by a new note.
 */
public final class MonthlyNoteService {
    static final int TEXT_MAX = 4000;
    private final MonthlyNoteStore store;
    private final OrganisationStore classes;
    private final TeachingScope scope;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public MonthlyNoteService(MonthlyNoteStore store, OrganisationStore classes, AuditLog audit, Transactions tx,
                              Clock clock) {
        this.store = store;
        this.classes = classes;
        this.scope = new TeachingScope(classes);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Writes a note for a month that has begun (this month or an earlier one). */
    public long write(Actor actor, long classId, YearMonth month, String text) {
        actor.require(Permission.REVIEW);
        SchoolClass c = requireClass(classId);
        String t = text(text);
        Require.that(!month.isAfter(thisMonth()), "review.note.futureMonth", month);
        return tx.inTransaction(() -> {
            long id = store.add(new MonthlyNote(0, c.yearId(), classId, month, t, actor.login(), actor.fullName(),
                    clock.instant(), null));
            audit.record(new AuditEvent(actor.login(), AuditKind.REVIEW_NOTE_WRITTEN, "class:" + c.name(),
                    month + " note #" + id, actor.workstation()));
            return id;
        });
    }

    /** Changes one's own note while its month is open. */
    public void change(Actor actor, long noteId, String text) {
        actor.require(Permission.REVIEW);
        MonthlyNote n = store.find(noteId).orElseThrow(() -> new DomainException("review.note.notFound"));
        Require.that(n.writtenBy().equals(actor.login()), "review.note.notAuthor");
        Require.that(!n.month().isBefore(thisMonth()), "review.note.monthClosed", n.month());
        String t = text(text);
        tx.run(() -> {
            store.change(noteId, t, clock.instant());
            audit.record(new AuditEvent(actor.login(), AuditKind.REVIEW_NOTE_WRITTEN, "class:"
                    + requireClass(n.classId()).name(), n.month() + " note #" + noteId + " changed", actor.workstation()));
        });
    }

    /** A class's notes (those who see the class). */
    public List<MonthlyNote> notes(Actor actor, long classId) {
        SchoolClass c = requireClass(classId);
        if (!actor.has(Permission.REVIEW) && !scope.canSeeClass(actor, c)) {
            throw new DomainException("scope.notYourClassOrSubject", c.name());
        }
        return store.ofClass(classId);
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(EntryProgressService.SCHOOL_ZONE));
    }

    private SchoolClass requireClass(long id) {
        return classes.findClass(id).orElseThrow(() -> new DomainException("class.notFound"));
    }

    private static String text(String s) {
        String t = VietnameseText.nfc(Require.text(s, "review.note.textRequired"));
        Require.that(t.length() <= TEXT_MAX, "review.note.tooLong", TEXT_MAX);
        return t;
    }
}
