package vn.sotruong.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.security.Actor;
import vn.sotruong.testkit.TempStore;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/**
 * The THCS (or tiểu học) demo school (2026-2027) in a temporary store, with the office clerk (văn phòng, who prints) signed in
 * and the register service over the JasperReports printer. Close it to delete the store.
 */
public final class DemoSchoolBooks implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final TempStore temp;
    public final CoreServices s;
    public final Actor clerk;
    public final RegisterService registers;

    private DemoSchoolBooks(TempStore temp, DemoOptions options) {
        this.temp = temp;
        this.s = temp.services();
        DemoSchoolGenerator.generate(s, options, TODAY);
        // a whole year of marks is typed at once on 30/05/2027 and then changed to make prints stale: after the
        // deadlines those changes would need correction minutes, which are not what these tests are about
        s.stores().settings().put(vn.sotruong.core.locks.LockService.AUTOMATIC, "false");
        this.clerk = signIn(DemoAccounts.OFFICE);
        this.registers = s.registers(new JasperRegisterPrinter());
    }

    public static DemoSchoolBooks open() {
        return new DemoSchoolBooks(TempStore.open(Clock.fixed(Instant.parse("2027-05-30T02:00:00Z"), ZoneOffset.UTC)),
                DemoOptions.thcs());
    }

    /** The tiểu học demo school, the same way. */
    public static DemoSchoolBooks openPrimary() {
        return new DemoSchoolBooks(TempStore.open(Clock.fixed(Instant.parse("2027-05-30T02:00:00Z"), ZoneOffset.UTC)),
                DemoOptions.tieuHoc());
    }

    Actor signIn(String login) {
        return s.auth().login(login, DemoAccounts.PASSWORD.toCharArray(), "test").actor();
    }

    public long yearId() {
        return s.years().currentYear().orElseThrow().id();
    }

    public SchoolClass classNamed(String name) {
        return s.organisation().classes(clerk, yearId()).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** A year of marks for the class, typed by the clerk (who may import for the whole school). */
    public SchoolClass withMarks(String className) {
        SchoolClass c = classNamed(className);
        DemoMarks.fill(s, clerk, c.id(), 2026);
        return c;
    }

    /** A year of tiểu học entries for the class (levels, tests, remarks, qualities), typed by the clerk. */
    public SchoolClass withPrimaryMarks(String className) {
        SchoolClass c = classNamed(className);
        DemoPrimaryMarks.fill(s, clerk, c.id(), 2026);
        return c;
    }

    @Override
    public void close() {
        temp.close();
    }
}
