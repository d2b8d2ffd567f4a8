package vn.sotruong.desktop.lan;

import java.util.List;
import java.util.Locale;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.security.Actor;
import vn.sotruong.server.GradebookCalls;
import vn.sotruong.server.wire.Wire.BooksAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;

/** Sổ điểm trên máy này: the grid's port onto this computer's own store, by the same calls the office PC serves. */
public final class LocalGradebook implements GradebookPort {
    private final GradebookCalls calls;

    public LocalGradebook(CoreServices services, Actor actor, Locale locale) {
        this.calls = new GradebookCalls(services, actor, new Messages(locale));
    }

    @Override
    public BooksAnswer books() {
        return calls.books();
    }

    @Override
    public SheetView sheet(long classId, SheetRef ref) {
        return calls.sheet(classId, ref);
    }

    @Override
    public SaveAnswer save(long classId, SheetRef ref, List<CellEdit> edits) {
        return calls.save(classId, ref, edits);
    }

    @Override
    public long changes(long classId, SheetRef ref) {
        return calls.changes(classId, ref);
    }
}
