package vn.sotruong.server.client;

import java.net.URI;
import vn.sotruong.core.common.DomainException;

/**
 * Địa chỉ máy văn phòng: host (LAN address or name) and port, as typed on the workstation ({@code 192.168.1.10},
 * {@code 192.168.1.10:8443}, {@code vanphong:9443}).
 */
public record OfficeAddress(String host, int port) {
    public static final int DEFAULT_PORT = 8443;

    /** Reads a typed address. Refused with {@code lan.addressInvalid}. */
    public static OfficeAddress parse(String typed) {
        String t = typed == null ? "" : typed.strip();
        try {
            URI u = new URI("https://" + t);
            if (t.isEmpty() || u.getHost() == null || u.getPath() != null && !u.getPath().isEmpty()
                    || u.getQuery() != null || u.getUserInfo() != null) {
                throw new DomainException("lan.addressInvalid", t);
            }
            return new OfficeAddress(u.getHost(), u.getPort() < 0 ? DEFAULT_PORT : u.getPort());
        } catch (java.net.URISyntaxException e) {
            throw new DomainException("lan.addressInvalid", t);
        }
    }

    URI uri(String path) {
        return URI.create("https://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":"
                + port + path);
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
