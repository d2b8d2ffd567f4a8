package vn.sotruong.server;

import java.time.Instant;
import java.util.Locale;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.lan.Workstation;
import vn.sotruong.core.lan.WorkstationService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.server.wire.Wire.AdminAnswer;
import vn.sotruong.server.wire.Wire.WorkstationView;

/**
 * Quản lý máy trạm: the administrator's list / approve / revoke, the same whether {@code lan} opens the store itself
 * or asks the running {@code serve} over loopback. The service checks the permission.
 */
public final class WorkstationAdmin {
    private WorkstationAdmin() {
    }

    /** Runs {@code action} (list, approve, revoke). Refused with {@code lan.badRequest} for anything else. */
    public static AdminAnswer run(WorkstationService lan, Actor actor, String action, String code, Long id) {
        String a = action == null ? "" : action.toLowerCase(Locale.ROOT);
        Workstation changed = switch (a) {
            case "list" -> null;
            case "approve" -> id != null ? lan.approve(actor, id) : lan.approveByCode(actor, code);
            case "revoke" -> lan.revoke(actor, id == null ? -1 : id);
            default -> throw new DomainException("lan.badRequest", "action");
        };
        return new AdminAnswer(lan.list(actor).stream().map(WorkstationAdmin::view).toList(),
                changed == null ? null : view(changed));
    }

    static WorkstationView view(Workstation w) {
        return new WorkstationView(w.id(), w.name(), w.pairingCode(), w.status().name(), w.address(),
                iso(w.requestedAt()), w.decidedBy(), iso(w.lastSeenAt()));
    }

    private static String iso(Instant i) {
        return i == null ? null : i.toString();
    }
}
