package vn.sotruong.desktop;

import java.util.Set;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;

/** A small real school made through the services: admin, principal, a subject and a homeroom teacher. */
public final class TestSchool {
    public static final String PASSWORD = "MatKhau#2026";
    public static final String ADMIN = "admin";
    public static final String PRINCIPAL = "hieutruong";
    public static final String TEACHER = "gv.toan1";
    public static final String HOMEROOM = "gvcn.6a";
    /** The office clerk (văn phòng) who prints the books. */
    public static final String CLERK = "vanphong";

    private TestSchool() {
    }

    public static void create(CoreServices s) {
        s.setup().initialise(new SchoolInit(new School("Trường THCS Nguyễn Du", "79000123", "TP. Hồ Chí Minh",
                "Phường Bến Nghé", SchoolLevel.THCS, "Phạm Thị Hạnh", false), 2026, ADMIN, "Nguyễn Văn Quản",
                PASSWORD.toCharArray()));
        person(s, "Phạm Thị Hạnh", PRINCIPAL, Role.HIEU_TRUONG);
        person(s, "Đỗ Minh Toàn", TEACHER, Role.GVBM);
        person(s, "Vũ Thị Lan", HOMEROOM, Role.GVCN, Role.GVBM);
        Actor admin = s.auth().login(ADMIN, PASSWORD.toCharArray(), "test").actor();
        long year = s.years().currentYear().orElseThrow().id();
        long c6a = s.organisation().addClass(admin, year, 6, "6A", staffOf(s, admin, HOMEROOM));
        s.organisation().addClass(admin, year, 6, "6B", null);
        long c7a = s.organisation().addClass(admin, year, 7, "7A", null);
        long toan = subject(s, year, "TOAN");
        long van = subject(s, year, "NGUVAN");
        s.organisation().assign(admin, year, c6a, toan, staffOf(s, admin, TEACHER));
        s.organisation().assign(admin, year, c7a, toan, staffOf(s, admin, TEACHER));
        s.organisation().assign(admin, year, c6a, van, staffOf(s, admin, HOMEROOM));
    }

    /** The school with the office clerk Lê Thị Thu ({@link #CLERK}) and automatic locks off. */
    public static void createWithClerk(CoreServices s) {
        create(s);
        person(s, "Lê Thị Thu", CLERK, Role.VAN_PHONG);
        s.stores().settings().put(vn.sotruong.core.locks.LockService.AUTOMATIC, "false");
    }

    private static void person(CoreServices s, String name, String login, Role... roles) {
        s.accounts().createPersonDuringSetup(new NewPerson(name, login, Set.of(roles), null, null,
                PASSWORD.toCharArray()), false);
    }

    public static long staffOf(CoreServices s, Actor admin, String login) {
        return s.accounts().accounts(admin).stream().filter(a -> a.login().equals(login)).findFirst()
                .map(Account::staffId).orElseThrow();
    }

    private static long subject(CoreServices s, long year, String code) {
        return s.years().subjects(year).stream().filter(x -> x.code().equals(code)).findFirst().map(Subject::id)
                .orElseThrow();
    }
}
