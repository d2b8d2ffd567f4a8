package vn.sotruong.server.discovery;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lời chào của máy văn phòng: what the office PC broadcasts on the LAN — its HTTPS port, the start of its certificate's
 * fingerprint and the school's name. Only a hint for typing the address: pairing still compares the six-digit code,
 * so a forged announcement leads nowhere (ADR 0027).
 *
 * @param fingerprintPrefix the first two groups of the SHA-256 fingerprint ({@code 3F2A 91C0})
 */
public record Announcement(int port, String fingerprintPrefix, String school) {
    /** UDP port the announcements go to. */
    public static final int PORT = 8444;
    static final String MAGIC = "SOTRUONG-OFFICE/1";
    static final int MAX_BYTES = 512;

    public byte[] bytes() {
        String name = school.length() > 120 ? school.substring(0, 120) : school;
        return (MAGIC + "\n" + port + "\n" + fingerprintPrefix + "\n" + name.replace('\n', ' '))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a datagram; anything that is not an announcement (or is malformed) is empty. */
    public static Optional<Announcement> read(byte[] data, int length) {
        if (length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] lines = new String(data, 0, length, StandardCharsets.UTF_8).split("\n", -1);
        if (lines.length != 4 || !lines[0].equals(MAGIC) || !lines[2].matches("[0-9A-F]{4} [0-9A-F]{4}")) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(lines[1]);
            return port < 1 || port > 65535 ? Optional.empty()
                    : Optional.of(new Announcement(port, lines[2], lines[3].strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The first two groups of a fingerprint as {@code OfficeCertificate.fingerprint()} prints it. */
    public static String prefixOf(String fingerprint) {
        return fingerprint.length() >= 9 ? fingerprint.substring(0, 9) : fingerprint;
    }
}
