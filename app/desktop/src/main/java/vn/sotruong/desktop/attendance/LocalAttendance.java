package vn.sotruong.desktop.attendance;

import java.time.YearMonth;
import java.util.List;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.security.Actor;
import vn.sotruong.server.AttendanceCalls;
import vn.sotruong.server.wire.Wire.AttendanceBooksAnswer;
import vn.sotruong.server.wire.Wire.AttendanceMonthView;
import vn.sotruong.server.wire.Wire.MarkEditView;
import vn.sotruong.server.wire.Wire.MarkSaveAnswer;

/** Sổ điểm danh trên máy này: the page's port onto this computer's own store, by the same calls the office PC serves. */
public final class LocalAttendance implements AttendancePort {
    private final AttendanceCalls calls;

    public LocalAttendance(CoreServices services, Actor actor) {
        this.calls = new AttendanceCalls(services, actor);
    }

    @Override
    public AttendanceBooksAnswer books() {
        return calls.books();
    }

    @Override
    public AttendanceMonthView month(long classId, YearMonth month) {
        return calls.month(classId, month);
    }

    @Override
    public MarkSaveAnswer save(long classId, YearMonth month, List<MarkEditView> edits) {
        return calls.save(classId, month, edits);
    }

    @Override
    public long changes(long classId, YearMonth month) {
        return calls.changes(classId, month);
    }
}
