package vn.sotruong.server.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.sotruong.server.client.HeardOffice;
import vn.sotruong.server.client.OfficeAddress;
import vn.sotruong.server.client.OfficeListener;

/** A real announcer and a real listener over UDP on loopback: what the workstation lists, and what it ignores. */
class DiscoveryTest {
    private static final Announcement HELLO = new Announcement(9443, "3F2A 91C0", "Trường THCS Chu Văn An");

    @Test
    void theWorkstationListsTheOfficePcItHearsAtTheSendersAddress() throws Exception {
        List<List<HeardOffice>> changes = new CopyOnWriteArrayList<>();
        try (OfficeListener listener = OfficeListener.start(0, Clock.systemUTC(), changes::add);
             OfficeAnnouncer announcer = OfficeAnnouncer.start(HELLO,
                     List.of(new InetSocketAddress("127.0.0.1", listener.port())), Duration.ofMillis(100))) {
            List<HeardOffice> heard = await(listener);
            assertThat(heard).singleElement().satisfies(h -> {
                assertThat(h.address()).isEqualTo(new OfficeAddress("127.0.0.1", 9443));
                assertThat(h.school()).isEqualTo("Trường THCS Chu Văn An");
                assertThat(h.fingerprintPrefix()).isEqualTo("3F2A 91C0");
            });
            Thread.sleep(400);
            assertThat(changes).as("heard again and again, reported once").hasSize(1);
            assertThat(announcer).isNotNull();
        }
    }

    @Test
    void datagramsThatAreNotAnnouncementsAreIgnored() throws Exception {
        try (OfficeListener listener = OfficeListener.start(0, Clock.systemUTC(), l -> { });
             DatagramSocket sender = new DatagramSocket()) {
            InetSocketAddress to = new InetSocketAddress("127.0.0.1", listener.port());
            for (String junk : List.of("hello", "SOTRUONG-OFFICE/1\n99999\n3F2A 91C0\nX",
                    "SOTRUONG-OFFICE/1\n8443\nnot-a-fingerprint\nX", "SOTRUONG-OFFICE/1\n8443\n3F2A 91C0")) {
                byte[] b = junk.getBytes(StandardCharsets.UTF_8);
                sender.send(new DatagramPacket(b, b.length, to));
            }
            byte[] good = new Announcement(8443, "ABCD 0123", "Trường Tiểu học Kim Đồng").bytes();
            sender.send(new DatagramPacket(good, good.length, to));
            assertThat(await(listener)).extracting(HeardOffice::school).containsExactly("Trường Tiểu học Kim Đồng");
        }
    }

    @Test
    void theAnnouncementReadsBackAndTheBroadcastTargetsIncludeTheLimitedBroadcast() {
        byte[] b = HELLO.bytes();
        assertThat(Announcement.read(b, b.length)).contains(HELLO);
        assertThat(Announcement.prefixOf("3F2A 91C0 1234 5678")).isEqualTo("3F2A 91C0");
        assertThat(OfficeAnnouncer.broadcastTargets(Announcement.PORT))
                .contains(new InetSocketAddress("255.255.255.255", Announcement.PORT));
    }

    private static List<HeardOffice> await(OfficeListener listener) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (listener.heard().isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return listener.heard();
    }
}
