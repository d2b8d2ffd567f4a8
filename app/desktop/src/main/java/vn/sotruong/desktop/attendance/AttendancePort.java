package vn.sotruong.desktop.attendance;

import java.time.YearMonth;
import java.util.List;
import vn.sotruong.server.wire.Wire.AttendanceBooksAnswer;
import vn.sotruong.server.wire.Wire.AttendanceMonthView;
import vn.sotruong.server.wire.Wire.MarkEditView;
import vn.sotruong.server.wire.Wire.MarkSaveAnswer;

/**
 * Nơi giữ sổ điểm danh: where the attendance page reads and saves a class's month — this computer's own store
 * ({@link LocalAttendance}) or the office PC over the LAN (desktop {@code lan.OfficeAttendance}). Both answer with the
 * same shapes and the same refusals ({@code DomainException}, {@code MarksRefused}); only the office PC's is
 * {@code lan.unreachable} when the network is lost.
 */
public interface AttendancePort {
    /** The current year's months and the classes the signed-in person may open. */
    AttendanceBooksAnswer books();

    /** A class's month with each cell's version and the month's change counter. */
    AttendanceMonthView month(long classId, YearMonth month);

    /** Saves typed cells of the month all or nothing, each with the version the person saw. */
    MarkSaveAnswer save(long classId, YearMonth month, List<MarkEditView> edits);

    /** The month's change counter now (grows with every change by anyone). */
    long changes(long classId, YearMonth month);
}
