package vn.sotruong.server;

import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Địa chỉ máy văn phòng: the addresses workstations can type to reach this PC. */
public final class LanAddresses {
    private LanAddresses() {
    }

    /** The bound address, or every IPv4 address of this PC's LAN interfaces when bound to all. */
    public static List<String> of(String bind) {
        if (!bind.equals("0.0.0.0") && !bind.equals("::")) {
            return List.of(bind);
        }
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback()) {
                    continue;
                }
                n.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(a -> out.add(a.getHostAddress()));
            }
        } catch (SocketException e) {
            // no list of interfaces: the bound address is still right
        }
        return out.isEmpty() ? List.of(bind) : out;
    }
}
