package vn.sotruong.core.lan;

/**
 * Chia sẻ mạng nội bộ: whether the office PC serves the workstations when the app runs, where, and whether it
 * announces itself on the LAN (UDP broadcast) so workstations list it.
 */
public record LanSharing(boolean on, String bind, int port, boolean announce) {
    public static final int DEFAULT_PORT = 8443;
    public static final LanSharing OFF = new LanSharing(false, "0.0.0.0", DEFAULT_PORT, true);
}
