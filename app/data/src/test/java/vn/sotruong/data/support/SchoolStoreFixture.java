package vn.sotruong.data.support;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.store.Store;

/**
 * A real store in a temp folder holding the small school of {@link Schools}, its administrator signed
 * in, and a clock the test moves by hand.
 */
public abstract class SchoolStoreFixture {
    @TempDir
    protected Path dir;
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:00:00Z"));
    protected Store store;
    protected CoreServices s;
    protected Actor admin;

    @BeforeEach
    void openSchoolStore() {
        store = Store.open(dir, clock);
        s = store.services();
        Schools.init(s);
        admin = Schools.admin(s);
    }

    @AfterEach
    void closeSchoolStore() {
        store.close();
    }

    /** The refusal code of a service call, or "ok" when it went through. */
    protected static String code(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (DomainException e) {
            return e.code();
        }
    }
}
