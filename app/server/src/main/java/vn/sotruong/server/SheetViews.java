package vn.sotruong.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLock;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.server.wire.Wire.CellView;
import vn.sotruong.server.wire.Wire.ColumnView;
import vn.sotruong.server.wire.Wire.RowView;
import vn.sotruong.server.wire.Wire.SheetView;

/** A gradebook sheet as the LAN protocol carries it. */
final class SheetViews {
    private SheetViews() {
    }

    static SheetView of(Sheet sheet, Messages messages) {
        List<ColumnView> columns = sheet.columns().stream()
                .map(c -> column(c, sheet.locks().get(c.slot()), messages)).toList();
        List<RowView> rows = sheet.rows().stream().map(SheetViews::row).toList();
        return new SheetView(sheet.book().schoolClass().id(), sheet.book().schoolClass().name(), sheet.ref().area().name(),
                sheet.ref().item(), sheet.editable(), columns, rows);
    }

    private static ColumnView column(Column c, ColumnLock lock, Messages messages) {
        return new ColumnView(c.slot(), c.kind().name(), c.header(), c.term(), c.required(),
                lock == null ? null : messages.get(lock.code(), lock.args().toArray()));
    }

    private static RowView row(SheetRow r) {
        Map<String, CellView> cells = new LinkedHashMap<>();
        for (Entry e : r.cells().values()) {
            cells.put(e.slot(), new CellView(e.value().text(), e.version(), e.enteredBy()));
        }
        return new RowView(r.pupil().pupilId(), r.pupil().pupil().code(), r.pupil().pupil().fullName(),
                r.pupil().current(), cells);
    }
}
