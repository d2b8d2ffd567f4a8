package vn.sotruong.desktop.lan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.sotruong.core.lan.LanSharing;
import vn.sotruong.data.store.Store;
import vn.sotruong.server.LanAddresses;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.discovery.Announcement;
import vn.sotruong.server.discovery.OfficeAnnouncer;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * Máy văn phòng phục vụ trong ứng dụng: the LAN service running inside the office PC's desktop app (the same
 * {@link OfficeServer} as {@code sotruong serve}, on the store the app has open), with its announcement on the LAN.
 * One per application; it outlives the signed-in windows.
 */
public final class LanHost implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LanHost.class.getName());

    /** What the Máy trạm page shows while serving. */
    public record Serving(String bind, int port, String fingerprint, List<String> addresses, boolean announcing) {
    }

    private final Supplier<Store> store;
    private final Clock clock;
    private OfficeServer server;
    private OfficeAnnouncer announcer;
    private Serving serving;
    private RuntimeException startupFailure;

    public LanHost(Supplier<Store> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Serves as {@code sharing} says (stopping what ran before). Refused with {@code lan.bindFailed} when the port is
     * taken; nothing runs then.
     */
    public synchronized Serving start(LanSharing sharing) {
        stop();
        Store s = store.get();
        String school = s.services().setup().isEmpty() ? "" : s.services().setup().school().name();
        OfficeCertificate certificate = OfficeCertificate.loadOrCreate(s.dataDir(), school, clock);
        server = OfficeServer.start(s.services(), s.workstations(), s.roomSchedule(), certificate, sharing.bind(),
                sharing.port(), clock);
        if (sharing.announce()) {
            try {
                announcer = OfficeAnnouncer.start(new Announcement(server.port(),
                        Announcement.prefixOf(certificate.fingerprint()), school));
            } catch (RuntimeException e) {
                // serving matters; the announcement only saves typing an address
                LOG.log(System.Logger.Level.WARNING, "LAN announcement not started: " + e.getMessage());
            }
        }
        serving = new Serving(sharing.bind(), server.port(), certificate.fingerprint(), LanAddresses.of(sharing.bind()),
                announcer != null);
        return serving;
    }

    /** Starts serving when the school's setting says so (the app starting); a failure is returned, not thrown. */
    public synchronized Optional<RuntimeException> startIfRemembered() {
        startupFailure = null;
        LanSharing sharing = store.get().lanSharing().current();
        if (!sharing.on()) {
            return Optional.empty();
        }
        try {
            start(sharing);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "LAN sharing not started: " + e.getMessage());
            startupFailure = e;
            return Optional.of(e);
        }
    }

    /** Why the remembered sharing did not start with the app (the port taken…), for the Máy trạm page. */
    public synchronized Optional<RuntimeException> startupFailure() {
        return serving == null ? Optional.ofNullable(startupFailure) : Optional.empty();
    }

    /** The store the app has open now (a restore replaces it). */
    public Store store() {
        return store.get();
    }

    public synchronized Optional<Serving> serving() {
        return Optional.ofNullable(serving);
    }

    /** Open sessions by workstation number (empty while not serving). */
    public synchronized Map<Long, Long> openSessions() {
        return server == null ? Map.of() : server.openSessions();
    }

    public synchronized void stop() {
        if (announcer != null) {
            announcer.close();
            announcer = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
        serving = null;
    }

    @Override
    public void close() {
        stop();
    }
}
