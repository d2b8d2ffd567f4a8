package vn.sotruong.desktop.common;

import java.util.Set;
import vn.sotruong.core.common.DomainException;

/**
 * Phiên đã hết: the office PC no longer knows the person's session (its service restarted, the session timed out, the
 * computer-room hours ended); the workstation shows its sign-in again, keeping the unsent entries.
 */
public final class SessionEnd {
    private static final Set<String> CODES = Set.of("lan.sessionUnknown", "lan.sessionExpired", "lan.sessionEnded",
            "lan.scheduleEnded");

    private SessionEnd() {
    }

    public static boolean ended(Throwable failure) {
        return failure instanceof DomainException d && CODES.contains(d.code());
    }
}
