package vn.sotruong.data.pupil;

import java.nio.file.Path;
import vn.sotruong.core.pupil.PupilColumn;
import vn.sotruong.core.pupil.PupilRow;
import vn.sotruong.data.xlsx.HeaderedSheetReader;

/**
 * Reads sheet {@code HOCSINH} of a pupil-list workbook (INTERFACES.md) into text rows. Headers are
 * matched exactly (NFC), in any order; date cells become {@code dd/MM/yyyy}; whether a value is
 * acceptable is decided by {@code PupilService.importPupils}, not here.
 */
public final class PupilXlsxImporter {
    private final HeaderedSheetReader<PupilColumn> reader = new HeaderedSheetReader<>(PupilColumn.class,
            PupilColumn.SHEET);

    public PupilSheet read(Path file) {
        HeaderedSheetReader.Result<PupilColumn> r = reader.read(file);
        return new PupilSheet(r.rows().stream().map(l -> new PupilRow(l.row(), l.values())).toList(), r.issues());
    }
}
