package vn.sotruong.desktop.app;

import java.util.List;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.testkit.demo.DemoAccounts;
import vn.sotruong.testkit.demo.DemoOptions;
import vn.sotruong.testkit.demo.DemoSchoolGenerator;

/** The demo school ("Dữ liệu mẫu"): the testkit's generator into an empty store, and its documented accounts. */
public final class DemoSchool {
    private DemoSchool() {
    }

    public static void create(CoreServices services) {
        DemoSchoolGenerator.generate(services, DemoOptions.thcs());
    }

    /** Shown on the sign-in screen of the demo school, so a visitor can try each role. */
    public static List<String> logins() {
        return List.of(DemoAccounts.ADMIN, DemoAccounts.PRINCIPAL, DemoAccounts.VICE_PRINCIPAL, DemoAccounts.OFFICE,
                DemoAccounts.SUBJECT_TEACHER, DemoAccounts.HOMEROOM_TEACHER);
    }

    public static String password() {
        return DemoAccounts.PASSWORD;
    }
}
