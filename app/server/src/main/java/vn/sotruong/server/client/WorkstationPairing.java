package vn.sotruong.server.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import vn.sotruong.core.common.PropertiesFile;
import vn.sotruong.core.lan.PairingCode;

/**
 * Thông tin ghép máy on the workstation: the office PC's address and pinned certificate, the workstation's secret
 * and number. Kept in the workstation's data folder ({@code office.properties}); no database credentials.
 */
public record WorkstationPairing(OfficeAddress office, byte[] certificate, String secret, long workstationId) {
    public static final String FILE = "office.properties";

    public WorkstationPairing {
        certificate = certificate.clone();
    }

    /** The six digits both screens show. */
    public String code() {
        return PairingCode.of(certificate, PairingCode.secretHash(secret));
    }

    public String fingerprint() {
        return PairingCode.fingerprint(certificate);
    }

    public void save(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("office.host", office.host());
        p.setProperty("office.port", String.valueOf(office.port()));
        p.setProperty("office.certificate", Base64.getEncoder().encodeToString(certificate));
        p.setProperty("workstation.id", String.valueOf(workstationId));
        p.setProperty("workstation.secret", secret);
        try {
            Files.createDirectories(dataDir);
            try (Writer w = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
                p.store(w, "So Truong: this workstation's pairing with the office PC");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<WorkstationPairing> load(Path dataDir) {
        return PropertiesFile.read(dataDir.resolve(FILE)).map(p -> new WorkstationPairing(
                new OfficeAddress(p.getProperty("office.host"), Integer.parseInt(p.getProperty("office.port"))),
                Base64.getDecoder().decode(p.getProperty("office.certificate")), p.getProperty("workstation.secret"),
                Long.parseLong(p.getProperty("workstation.id"))));
    }
}
