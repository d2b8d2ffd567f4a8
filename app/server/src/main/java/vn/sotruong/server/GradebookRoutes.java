package vn.sotruong.server;

import org.eclipse.jetty.util.Fields;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.security.Actor;
import vn.sotruong.server.wire.Wire.ChangesAnswer;

/**
 * The workstation grid's calls besides reading and saving a sheet (sổ điểm trên máy trạm): the books the person may
 * open ({@code GET /books}) and a sheet's change counter ({@code GET /classes/{id}/changes?area=&item=}). Each is a
 * thin call onto {@code GradebookService}, which decides with the same scope as at the office PC.
 */
final class GradebookRoutes {
    private GradebookRoutes() {
    }

    /**
     * The change counter an open grid polls; the session must be alive, but polling does not renew its idle time
     * (a grid left open does not keep its person signed in). Null when the call is not this one.
     */
    static Object poll(CoreServices services, Sessions sessions, String token, Workstation w, String method, String p,
                       Fields query) {
        String[] parts = p.split("/");
        if (!(method.equals("GET") && parts.length == 4 && parts[1].equals("classes") && parts[3].equals("changes"))) {
            return null;
        }
        Actor actor = sessions.peek(token, w.id());
        long classId = LanApi.number(parts[2]);
        SheetRef ref = LanApi.sheetRef(query);
        return new ChangesAnswer(classId, ref.area().name(), ref.item(),
                new GradebookCalls(services, actor, Messages.vietnamese()).changes(classId, ref));
    }

    /** The other calls of the signed-in person; null when the call is not one of them. */
    static Object answer(GradebookCalls calls, String method, String p) {
        if (p.equals("/books") && method.equals("GET")) {
            return calls.books();
        }
        return null;
    }
}
