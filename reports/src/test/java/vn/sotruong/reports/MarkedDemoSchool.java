package vn.sotruong.reports;

import java.time.Instant;
import java.time.LocalDate;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.data.support.MutableClock;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * The THCS demo school on 20/10/2026 in a temporary store with a movable clock, automatic locks off, a year of
 * marks in 7A typed by the office clerk (văn phòng, who prints) and the register service over the JasperReports
 * printer — the store the print-standing and book-signing tests start from. Close it to delete the store.
 */
final class MarkedDemoSchool implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-10-20T03:00:00Z"));
    final TempStore temp = TempStore.open(clock);
    final CoreServices s = temp.services();
    final Actor clerk;
    final long year;
    final RegisterService registers;

    MarkedDemoSchool() {
        DemoSchoolGenerator.generate(s, DemoOptions.thcs(), LocalDate.of(2026, 10, 20));
        s.stores().settings().put(LockService.AUTOMATIC, "false");
        clerk = signIn(DemoAccounts.OFFICE);
        year = s.years().currentYear().orElseThrow().id();
        DemoMarks.fill(s, clerk, classNamed("7A").id(), 2026);
        registers = s.registers(new JasperRegisterPrinter());
    }

    Actor signIn(String login) {
        return s.auth().login(login, DemoAccounts.PASSWORD.toCharArray(), "test").actor();
    }

    SchoolClass classNamed(String name) {
        return s.organisation().classes(clerk, year).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        temp.close();
    }
}
