package vn.sotruong.reports;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.support.MutableClock;

/** Tests on the {@link MarkedDemoSchool}: opened once before the class's tests, deleted after them. */
abstract class OnMarkedDemoSchool {
    @TempDir
    static Path dir;
    static MarkedDemoSchool demo;
    static MutableClock clock;
    static CoreServices s;
    static Actor clerk;
    static RegisterService registers;
    static long year;

    @BeforeAll
    static void openTheMarkedDemoSchool() {
        demo = new MarkedDemoSchool();
        clock = demo.clock;
        s = demo.s;
        clerk = demo.clerk;
        year = demo.year;
        registers = demo.registers;
    }

    @AfterAll
    static void closeTheMarkedDemoSchool() {
        demo.close();
    }

    static Actor signIn(String login) {
        return demo.signIn(login);
    }

    static SchoolClass classNamed(String name) {
        return demo.classNamed(name);
    }
}
