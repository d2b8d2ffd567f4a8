package vn.sotruong.core.lan;

import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Chia sẻ mạng nội bộ, remembered as school settings so the office PC's app serves again when it starts. Changing it
 * needs {@link Permission#ACCOUNTS_MANAGE} and is audited.
 */
public final class LanSharingService {
    static final String ON = "lan.sharing.on";
    static final String BIND = "lan.sharing.bind";
    static final String PORT = "lan.sharing.port";
    static final String ANNOUNCE = "lan.sharing.announce";

    private final SettingsStore settings;
    private final AuditLog audit;
    private final Transactions tx;

    public LanSharingService(SettingsStore settings, AuditLog audit, Transactions tx) {
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
    }

    public LanSharing current() {
        int port;
        try {
            port = Integer.parseInt(settings.get(PORT).orElse(String.valueOf(LanSharing.DEFAULT_PORT)));
        } catch (NumberFormatException e) {
            port = LanSharing.DEFAULT_PORT;
        }
        return new LanSharing(settings.get(ON).orElse("false").equals("true"),
                settings.get(BIND).orElse(LanSharing.OFF.bind()), port,
                !settings.get(ANNOUNCE).orElse("true").equals("false"));
    }

    /**
     * Saves the switch with the port and address as typed. Refusals (nothing saved): {@code lan.portInvalid},
     * {@code lan.bindInvalid}.
     */
    public LanSharing update(Actor actor, boolean on, String bind, String port, boolean announce) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        LanSharing s = new LanSharing(on, bindOf(bind), portOf(port), announce);
        LanSharing old = current();
        tx.run(() -> {
            settings.put(ON, String.valueOf(s.on()));
            settings.put(BIND, s.bind());
            settings.put(PORT, String.valueOf(s.port()));
            settings.put(ANNOUNCE, String.valueOf(s.announce()));
            audit.record(new AuditEvent(actor.login(), AuditKind.SETTING_CHANGED, "setting:lan.sharing",
                    describe(old) + " → " + describe(s), actor.workstation()));
        });
        return s;
    }

    private static String describe(LanSharing s) {
        return (s.on() ? "bật" : "tắt") + " " + s.bind() + ":" + s.port() + (s.announce() ? " (thông báo)" : "");
    }

    static int portOf(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int p = Integer.parseInt(t);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // refused below with the text as typed
        }
        throw new DomainException("lan.portInvalid", t);
    }

    static String bindOf(String text) {
        String t = text == null || text.isBlank() ? LanSharing.OFF.bind() : text.strip();
        try {
            java.net.InetAddress.ofLiteral(t);
            return t;
        } catch (IllegalArgumentException e) {
            throw new DomainException("lan.bindInvalid", t);
        }
    }
}
