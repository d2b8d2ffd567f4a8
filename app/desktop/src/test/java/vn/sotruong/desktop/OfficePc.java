package vn.sotruong.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;
import vn.sotruong.server.OfficeServer;
import vn.sotruong.server.tls.OfficeCertificate;

/** A real office PC for workstation tests: its own store with the test school and its HTTPS service on 127.0.0.1. */
record OfficePc(Store store, OfficeServer server, Actor admin) implements AutoCloseable {
    static OfficePc start(Path dir, Clock clock) {
        try {
            Files.writeString(dir.resolve("sotruong.properties"), "argon2.memoryKiB=1024\nargon2.iterations=1\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Store office = Store.open(dir, clock);
        TestSchool.create(office.services());
        Actor admin = office.services().auth().login(TestSchool.ADMIN, TestSchool.PASSWORD.toCharArray(), "t").actor();
        OfficeServer server = OfficeServer.start(office.services(), office.workstations(),
                OfficeCertificate.loadOrCreate(dir, "Trường THCS Nguyễn Du", clock), "127.0.0.1", 0, clock);
        return new OfficePc(office, server, admin);
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
