package vn.sotruong.desktop.attendance;

import java.time.LocalDate;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.attendance.MarkCells;
import vn.sotruong.server.wire.Wire.MarkEditView;

/**
 * Ô điểm danh chưa lưu: an attendance cell typed on this workstation that the office PC has not confirmed — its class
 * and month, pupil, day and buổi, the code typed (null: present), the version seen when it was typed, whether a send
 * already failed ({@code sent}: chưa lưu, mất kết nối; else typed and not saved yet) and why it was refused, if it was.
 * Kept with the Sổ điểm entries in the workstation's file so a session end or a crash does not lose it.
 */
public record UnsentMark(long classId, String className, String month, long pupilId, String pupil, String date,
                         DaySession session, String code, int seen, boolean sent, String note) {
    public UnsentMark {
        note = note == null ? "" : note;
        className = className == null ? "" : className;
        pupil = pupil == null ? "" : pupil;
    }

    /** The class, month and cell this mark is for, the same for every mark typed into it. */
    public String cellKey() {
        return classId + "/" + month + "|" + pupilId + "/" + MarkCells.key(day(), session);
    }

    /** The school day, from its ISO text ({@code 2026-10-15}). */
    LocalDate day() {
        return LocalDate.parse(date);
    }

    /** The code typed, or null when the pupil was marked present. */
    AttendanceCode typed() {
        return code == null ? null : AttendanceCode.ofLetter(code).orElse(null);
    }

    UnsentMark with(boolean nowSent, String why) {
        return new UnsentMark(classId, className, month, pupilId, pupil, date, session, code, seen, nowSent, why);
    }

    MarkEditView edit() {
        return new MarkEditView(pupilId, MarkCells.key(day(), session), code, seen);
    }
}
