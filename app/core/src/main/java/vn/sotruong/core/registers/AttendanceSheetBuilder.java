package vn.sotruong.core.registers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceCode;
import vn.sotruong.core.attendance.AttendanceService;
import vn.sotruong.core.attendance.ClassMonth;
import vn.sotruong.core.attendance.DaySession;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.security.Actor;

/**
 * Sổ gọi tên: a class's attendance sheet for a month, printed in the first week of the next month for the
 * homeroom teacher to show the class and sign — a column per day of the month (days without school shaded), the
 * buổi marks P / K / M (two sessions: "sáng/chiều"), and each pupil's totals counted as Art 12 counts them.
 */
final class AttendanceSheetBuilder {
    /** Day columns of the layout: the longest month. */
    static final int DAYS = 31;
    private static final String[] WEEKDAY = {"T2", "T3", "T4", "T5", "T6", "T7", "CN"};

    private final AttendanceService attendance;

    AttendanceSheetBuilder(AttendanceService attendance) {
        this.attendance = attendance;
    }

    BookSection section(Actor actor, SchoolClass c, YearMonth month, String homeroom, Map<String, Object> heading) {
        ClassMonth m = attendance.month(actor, c.id(), month);
        if (m.days().isEmpty()) {
            throw new DomainException("registers.monthOutsideYear", BookValues.month(month));
        }
        Map<String, Object> p = new LinkedHashMap<>(heading);
        p.put("CLASS_NAME", c.name());
        p.put("HOMEROOM", homeroom);
        p.put("MONTH", "Tháng " + month.getMonthValue() + " năm " + month.getYear());
        p.put("SESSIONS", m.sessions().size() == 2 ? "Mỗi ô: buổi sáng/buổi chiều." : "Một buổi mỗi ngày.");
        p.put("SCHOOL_DAYS", m.days().size());
        for (int d = 1; d <= DAYS; d++) {
            boolean inMonth = d <= month.lengthOfMonth();
            LocalDate day = inMonth ? month.atDay(d) : null;
            p.put("D" + d, inMonth ? d + "\n" + WEEKDAY[day.getDayOfWeek().getValue() - 1] : null);
            p.put("OFF" + d, !inMonth || !m.days().contains(day));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int no = 0;
        for (Pupil pupil : m.pupils()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(BookSection.PART, c.name() + " · " + BookValues.month(month));
            row.put("no", ++no);
            row.put("name", pupil.fullName());
            for (int d = 1; d <= DAYS; d++) {
                LocalDate day = d <= month.lengthOfMonth() ? month.atDay(d) : null;
                row.put("d" + d, day == null || !m.days().contains(day) ? null : cell(m, pupil.id(), day));
            }
            AbsenceTally t = m.tally(pupil.id());
            row.put("p", BookValues.blankIfZero(t.excused()));
            row.put("k", BookValues.blankIfZero(t.unexcused()));
            row.put("m", BookValues.blankIfZero(t.late()));
            row.put("total", BookValues.blankIfZero(t.absences()));
            rows.add(row);
        }
        AbsenceTally all = m.classTally();
        p.put("CLASS_P", all.excused());
        p.put("CLASS_K", all.unexcused());
        p.put("CLASS_M", all.late());
        p.put("CLASS_TOTAL", all.absences());
        return new BookSection("attendance/month", c.name() + " · " + BookValues.month(month), p, rows);
    }

    /** "P", "K", "M" for one session; "P/K", "/M", "P/" for two; "–" outside the pupil's days in the class. */
    private static String cell(ClassMonth m, long pupilId, LocalDate day) {
        if (!m.enrolledOn(pupilId, day)) {
            return "–";
        }
        List<String> marks = new ArrayList<>();
        for (DaySession s : m.sessions()) {
            marks.add(m.code(pupilId, day, s).map(AttendanceCode::letter).orElse(""));
        }
        String joined = String.join("/", marks);
        return joined.replace("/", "").isEmpty() ? null : joined;
    }
}
