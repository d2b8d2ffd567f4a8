package vn.sotruong.server;

import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.util.Fields;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.security.Actor;
import vn.sotruong.server.wire.Wire.AttendanceChangesAnswer;
import vn.sotruong.server.wire.Wire.MarkSaveRequest;

/**
 * Điểm danh trên máy trạm: the attendance calls, each a thin call onto the office PC's {@code AttendanceService}
 * (which decides with the same scope as at the office PC): {@code GET /attendance} (the months and the classes the
 * person may open), {@code GET|POST /classes/{id}/attendance?month=2026-10} (the month with its change counter;
 * save), {@code GET /classes/{id}/attendance/changes?month=} (the counter only).
 */
final class AttendanceRoutes {
    private AttendanceRoutes() {
    }

    /** The month's change counter an open grid polls; does not renew the session's idle time. Null for other calls. */
    static Object poll(CoreServices services, Sessions sessions, String token, Workstation w, String method, String p,
                       Fields query) {
        String[] parts = p.split("/");
        if (!(method.equals("GET") && parts.length == 5 && parts[1].equals("classes")
                && parts[3].equals("attendance") && parts[4].equals("changes"))) {
            return null;
        }
        Actor actor = sessions.peek(token, w.id());
        long classId = LanApi.number(parts[2]);
        var month = AttendanceCalls.month(query.getValue("month"));
        return new AttendanceChangesAnswer(classId, month.toString(),
                new AttendanceCalls(services, actor).changes(classId, month));
    }

    /** The other attendance calls of the signed-in person; null when the call is not one of them. */
    static Object answer(AttendanceCalls calls, String method, String p, Fields query,
                         Supplier<MarkSaveRequest> body) {
        if (p.equals("/attendance") && method.equals("GET")) {
            return calls.books();
        }
        String[] parts = p.split("/");
        if (parts.length == 4 && parts[1].equals("classes") && parts[3].equals("attendance")) {
            long classId = LanApi.number(parts[2]);
            var month = AttendanceCalls.month(query.getValue("month"));
            if (method.equals("GET")) {
                return calls.month(classId, month);
            }
            if (method.equals("POST")) {
                MarkSaveRequest r = body.get();
                return calls.save(classId, month, r.edits() == null ? List.of() : r.edits());
            }
        }
        return null;
    }
}
