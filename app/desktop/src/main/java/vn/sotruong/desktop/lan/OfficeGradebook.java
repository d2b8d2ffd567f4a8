package vn.sotruong.desktop.lan;

import java.util.List;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.wire.Wire.BooksAnswer;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;

/** Sổ điểm trên máy văn phòng: the grid's port onto the office PC's service, in the signed-in person's session. */
public final class OfficeGradebook implements GradebookPort {
    private final OfficeClient client;
    private final LoginAnswer session;

    public OfficeGradebook(OfficeClient client, LoginAnswer session) {
        this.client = client;
        this.session = session;
    }

    @Override
    public BooksAnswer books() {
        return client.books(session);
    }

    @Override
    public SheetView sheet(long classId, SheetRef ref) {
        return client.sheet(session, classId, ref);
    }

    @Override
    public SaveAnswer save(long classId, SheetRef ref, List<CellEdit> edits) {
        return client.save(session, classId, ref, edits);
    }

    @Override
    public long changes(long classId, SheetRef ref) {
        return client.changes(session, classId, ref);
    }
}
