package vn.sotruong.server;

import java.util.List;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.Via;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.server.wire.Wire.BooksAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;

/**
 * Sổ điểm của một người: one person's gradebook calls in the LAN protocol's shapes, onto {@code GradebookService}
 * (which decides what they may read and change). The office PC's service answers with it; a desktop not connected
 * to an office PC uses it on its own store, so both grids read the same shapes.
 */
public final class GradebookCalls {
    private final CoreServices services;
    private final Actor actor;
    private final Messages messages;

    public GradebookCalls(CoreServices services, Actor actor, Messages messages) {
        this.services = services;
        this.actor = actor;
        this.messages = messages;
    }

    /** The books of the current year the person may open. */
    public BooksAnswer books() {
        SchoolYear year = services.years().currentYear().orElseThrow(() -> new DomainException("year.notFound"));
        return SheetViews.books(year.label(), services.gradebook().openable(actor, year.id()));
    }

    /** The sheet, with its change counter read first (a change made meanwhile is then never missed). */
    public SheetView sheet(long classId, SheetRef ref) {
        long changes = changes(classId, ref);
        return SheetViews.of(services.gradebook().sheet(actor, classId, ref), changes, messages);
    }

    /** Saves; the answer carries only the rows it touched (ADR 0028): the grid merges them into what it shows. */
    public SaveAnswer save(long classId, SheetRef ref, List<CellEdit> edits) {
        return SheetViews.saved(services.gradebook().saveRows(actor, classId, ref, edits, Via.GRID));
    }

    public long changes(long classId, SheetRef ref) {
        return services.gradebook().changeCount(actor, classId, ref);
    }
}
