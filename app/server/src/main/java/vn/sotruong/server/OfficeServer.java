package vn.sotruong.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.lan.WorkstationService;
import vn.sotruong.server.tls.OfficeCertificate;

/**
 * Máy văn phòng phục vụ: the office PC's HTTPS service for the LAN (Jetty, TLS 1.3/1.2 with the office PC's own
 * certificate). It offers the core services' calls only: the H2 database stays inside this process.
 */
public final class OfficeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeServer.class);
    public static final int DEFAULT_PORT = 8443;

    private final Server server;
    private final ServerConnector connector;
    private final OfficeCertificate certificate;
    private final Sessions sessions;

    private OfficeServer(Server server, ServerConnector connector, OfficeCertificate certificate, Sessions sessions) {
        this.server = server;
        this.connector = connector;
        this.certificate = certificate;
        this.sessions = sessions;
    }

    /**
     * Starts serving on {@code bind:port} (port 0: any free port). Sessions end after the school's idle time.
     * Refused with {@code lan.bindFailed} when the address or port cannot be opened.
     */
    public static OfficeServer start(CoreServices services, WorkstationService workstations,
                                     OfficeCertificate certificate, String bind, int port, Clock clock) {
        return start(services, workstations, null, certificate, bind, port, clock);
    }

    /**
     * Starts serving with the computer-room schedule (lịch phòng máy): workstation logins outside its windows are
     * refused and their sessions end with the window ({@code schedule} null: no schedule at all).
     */
    public static OfficeServer start(CoreServices services, WorkstationService workstations,
                                     vn.sotruong.core.lan.RoomScheduleService schedule, OfficeCertificate certificate,
                                     String bind, int port, Clock clock) {
        // the school's idle time, read again at most every 30 s (not once per call: it is a database read)
        Sessions sessions = new Sessions(clock, Sessions.readEvery(Duration.ofSeconds(30), clock,
                () -> Duration.ofMinutes(Math.max(1, services.auth().securitySettings().idleLockMinutes()))));
        return start(services, workstations, schedule, certificate, bind, port, sessions);
    }

    static OfficeServer start(CoreServices services, WorkstationService workstations, OfficeCertificate certificate,
                              String bind, int port, Sessions sessions) {
        return start(services, workstations, null, certificate, bind, port, sessions);
    }

    static OfficeServer start(CoreServices services, WorkstationService workstations,
                              vn.sotruong.core.lan.RoomScheduleService schedule, OfficeCertificate certificate,
                              String bind, int port, Sessions sessions) {
        if (port < 0 || port > 65535) {
            throw new DomainException("lan.portInvalid", String.valueOf(port));
        }
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("lan");
        Server server = new Server(threads);
        server.setStopTimeout(5_000);

        char[] password = randomPassword();
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(certificate.keyStore(password));
        tls.setKeyStorePassword(new String(password));
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // workstations pin the certificate itself and reach the office PC by its LAN address, not a host name
        secure.setSniHostCheck(false);
        http.addCustomizer(secure);

        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        server.setHandler(new LanApi(services, workstations, sessions, schedule, certificate.der()));
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // already failing: the bind error is what the administrator needs to see
            }
            throw new DomainException("lan.bindFailed", String.valueOf(port), String.valueOf(bind),
                    String.valueOf(e.getMessage()));
        }
        LOG.info("LAN service on {}:{} (certificate {})", bind, connector.getLocalPort(), certificate.fingerprint());
        return new OfficeServer(server, connector, certificate, sessions);
    }

    /** The port actually listened on (the free one chosen when started with 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Phiên đang mở: how many sessions each workstation (by number) has open now. */
    public java.util.Map<Long, Long> openSessions() {
        return sessions.openByWorkstation();
    }

    public OfficeCertificate certificate() {
        return certificate;
    }

    /** Blocks until the service stops (Ctrl+C, the service manager's stop). */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Stopping the LAN service: {}", e.getMessage());
        }
    }

    private static char[] randomPassword() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getEncoder().encodeToString(b).toCharArray();
    }
}
