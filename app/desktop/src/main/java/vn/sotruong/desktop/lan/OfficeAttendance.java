package vn.sotruong.desktop.lan;

import java.time.YearMonth;
import java.util.List;
import vn.sotruong.desktop.attendance.AttendancePort;
import vn.sotruong.server.client.OfficeClient;
import vn.sotruong.server.wire.Wire.AttendanceBooksAnswer;
import vn.sotruong.server.wire.Wire.AttendanceMonthView;
import vn.sotruong.server.wire.Wire.LoginAnswer;
import vn.sotruong.server.wire.Wire.MarkEditView;
import vn.sotruong.server.wire.Wire.MarkSaveAnswer;

/** Sổ điểm danh trên máy văn phòng: the attendance page's port onto the office PC, in the signed-in person's session. */
public final class OfficeAttendance implements AttendancePort {
    private final OfficeClient client;
    private final LoginAnswer session;

    public OfficeAttendance(OfficeClient client, LoginAnswer session) {
        this.client = client;
        this.session = session;
    }

    @Override
    public AttendanceBooksAnswer books() {
        return client.attendanceBooks(session);
    }

    @Override
    public AttendanceMonthView month(long classId, YearMonth month) {
        return client.attendanceMonth(session, classId, month);
    }

    @Override
    public MarkSaveAnswer save(long classId, YearMonth month, List<MarkEditView> edits) {
        return client.saveAttendance(session, classId, month, edits);
    }

    @Override
    public long changes(long classId, YearMonth month) {
        return client.attendanceChanges(session, classId, month);
    }
}
