package vn.sotruong.server.client;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import vn.sotruong.server.discovery.Announcement;

/**
 * Tìm máy văn phòng: the workstation listens for office PCs' announcements and keeps those heard in the last
 * {@link #FORGET_AFTER}. The address is the datagram's sender: a workstation never trusts a host name inside it.
 */
public final class OfficeListener implements AutoCloseable {
    public static final Duration FORGET_AFTER = Duration.ofSeconds(20);

    private final DatagramSocket socket;
    private final Clock clock;
    private final Map<OfficeAddress, HeardOffice> heard = new ConcurrentHashMap<>();
    private final Consumer<List<HeardOffice>> onChange;
    private final Thread thread;

    private OfficeListener(DatagramSocket socket, Clock clock, Consumer<List<HeardOffice>> onChange) {
        this.socket = socket;
        this.clock = clock;
        this.onChange = onChange;
        this.thread = Thread.ofPlatform().daemon().name("lan-discovery").start(this::listen);
    }

    /**
     * Listens on {@code port} of every address ({@link Announcement#PORT} normally; 0 for any free port in tests).
     * {@code onChange} hears the list whenever a new office PC is heard (on the listening thread).
     */
    public static OfficeListener start(int port, Clock clock, Consumer<List<HeardOffice>> onChange) {
        try {
            DatagramSocket s = new DatagramSocket(null);
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
            return new OfficeListener(s, clock, onChange);
        } catch (SocketException e) {
            throw new vn.sotruong.core.common.DomainException("lan.discoveryUnavailable", port, e.getMessage());
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** The office PCs heard lately, by school name. */
    public List<HeardOffice> heard() {
        var since = clock.instant().minus(FORGET_AFTER);
        heard.values().removeIf(h -> h.lastHeard().isBefore(since));
        return heard.values().stream().sorted(Comparator.comparing(HeardOffice::school)
                .thenComparing(h -> h.address().toString())).toList();
    }

    private void listen() {
        byte[] buffer = new byte[1024];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            Announcement.read(p.getData(), p.getLength()).ifPresent(a -> {
                OfficeAddress address = new OfficeAddress(p.getAddress().getHostAddress(), a.port());
                boolean isNew = !heard.containsKey(address);
                heard.put(address, new HeardOffice(address, a.school(), a.fingerprintPrefix(), clock.instant()));
                if (isNew) {
                    onChange.accept(heard());
                }
            });
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
