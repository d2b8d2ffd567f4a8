package vn.sotruong.desktop.lan;

import java.util.List;
import vn.sotruong.core.gradebook.CellEdit;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.server.wire.Wire.BooksAnswer;
import vn.sotruong.server.wire.Wire.SaveAnswer;
import vn.sotruong.server.wire.Wire.SheetView;

/**
 * Nơi giữ sổ điểm: where the workstation grid reads and saves a sheet — this computer's own store
 * ({@link LocalGradebook}) or the office PC over the LAN ({@link OfficeGradebook}). Both answer with the same
 * shapes and the same refusals ({@code DomainException}, {@code EntriesRefused}); only the office PC's is
 * {@code lan.unreachable} when the network is lost.
 */
public interface GradebookPort {
    /** The books of the current year the signed-in person may open. */
    BooksAnswer books();

    /** A sheet with its change counter. */
    SheetView sheet(long classId, SheetRef ref);

    /** Saves cells all or nothing, each with the version the person saw. */
    SaveAnswer save(long classId, SheetRef ref, List<CellEdit> edits);

    /** The sheet's change counter now (grows with every change by anyone). */
    long changes(long classId, SheetRef ref);
}
