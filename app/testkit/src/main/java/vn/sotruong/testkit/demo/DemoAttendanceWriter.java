package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.attendance.AttendanceMark;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.school.SchoolSettings;

/**
 * Stores the demo year's attendance ({@link DemoAttendance}) for every school day of the year, straight
 * through the store in batches, with one audit event. Tiểu học schools teach two sessions a day, so the
 * tiểu học demo keeps attendance for both.
 */
final class DemoAttendanceWriter {
    private static final String BY = "setup";

    private final CoreServices services;

    DemoAttendanceWriter(CoreServices services) {
        this.services = services;
    }

    /** @return the marks stored */
    int write(DemoPlan plan, long seed, SchoolLevel level, long yearId, Map<String, Long> classIds) {
        int sessions = level == SchoolLevel.TIEU_HOC ? 2 : 1;
        if (sessions == 2) {
            services.stores().settings().put(SchoolSettings.ATTENDANCE_SESSIONS, "2");
        }
        Map<String, Long> pupilIds = new HashMap<>();
        for (Pupil p : services.stores().pupils().all()) {
            pupilIds.put(p.code(), p.id());
        }
        Map<String, String> classOf = new HashMap<>();
        plan.pupils().forEach(p -> classOf.put(p.code(), p.className()));
        List<DemoAttendance.Mark> planned = DemoAttendance.plan(seed, plan.pupils(),
                services.attendance().schoolDays(yearId).all(), sessions);
        Map<String, List<AttendanceMark>> byClass = new HashMap<>();
        for (DemoAttendance.Mark m : planned) {
            byClass.computeIfAbsent(classOf.get(m.pupilCode()), k -> new ArrayList<>())
                    .add(new AttendanceMark(pupilIds.get(m.pupilCode()), m.date(), m.session(), m.code()));
        }
        byClass.forEach((className, marks) -> services.stores().attendance().insert(yearId, classIds.get(className),
                marks));
        services.stores().audit().record(new AuditEvent(BY, AuditKind.ATTENDANCE_CHANGED, "demo:attendance",
                "demo school: a school year of attendance, " + planned.size() + " marks in " + byClass.size()
                        + " classes", BY));
        return planned.size();
    }
}
