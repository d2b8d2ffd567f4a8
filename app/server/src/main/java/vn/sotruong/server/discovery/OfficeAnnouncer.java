package vn.sotruong.server.discovery;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Máy văn phòng tự giới thiệu: while it serves, the office PC sends its {@link Announcement} by UDP broadcast every
 * few seconds, so workstations list it instead of the administrator dictating an address. Sending is best effort: a
 * network without broadcast only means typing the address.
 */
public final class OfficeAnnouncer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeAnnouncer.class);
    public static final Duration EVERY = Duration.ofSeconds(5);

    private final DatagramSocket socket;
    private final ScheduledExecutorService timer;
    private final byte[] payload;
    private final List<SocketAddress> targets;

    private OfficeAnnouncer(DatagramSocket socket, byte[] payload, List<SocketAddress> targets, Duration every) {
        this.socket = socket;
        this.payload = payload;
        this.targets = targets;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lan-announce");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::sendOnce, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Announces to every broadcast address of this PC's LAN interfaces (and 255.255.255.255) on {@link Announcement#PORT}. */
    public static OfficeAnnouncer start(Announcement announcement) {
        return start(announcement, broadcastTargets(Announcement.PORT), EVERY);
    }

    /** Announces to {@code targets} every {@code every} (a test's loopback listener). */
    public static OfficeAnnouncer start(Announcement announcement, List<SocketAddress> targets, Duration every) {
        try {
            DatagramSocket socket = new DatagramSocket();
            socket.setBroadcast(true);
            return new OfficeAnnouncer(socket, announcement.bytes(), List.copyOf(targets), every);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void sendOnce() {
        for (SocketAddress target : targets) {
            try {
                socket.send(new DatagramPacket(payload, payload.length, target));
            } catch (IOException e) {
                LOG.debug("Announcement to {} not sent: {}", target, e.getMessage());
            }
        }
    }

    static List<SocketAddress> broadcastTargets(int port) {
        Set<InetAddress> addresses = new LinkedHashSet<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                for (InterfaceAddress a : n.getInterfaceAddresses()) {
                    if (a.getBroadcast() != null) {
                        addresses.add(a.getBroadcast());
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("No list of interfaces: {}", e.getMessage());
        }
        addresses.add(InetAddress.ofLiteral("255.255.255.255"));
        List<SocketAddress> out = new ArrayList<>();
        addresses.forEach(a -> out.add(new InetSocketAddress(a, port)));
        return out;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        socket.close();
    }
}
