package vn.sotruong.data.support;

import java.util.Set;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;

/** Sets up a small real school through the services, for store tests. */
public final class Schools {
    public static final String ADMIN = "quantri";
    public static final String PASSWORD = "MatKhau#2026";

    private Schools() {
    }

    public static void init(CoreServices s) {
        s.setup().initialise(new SchoolInit(new School("Trường THCS Chu Văn An", "79000701", "TP. Hồ Chí Minh",
                "Quận 1", SchoolLevel.THCS, "Nguyễn Thị Hạnh", false), 2026, ADMIN, "Trần Quốc Toản",
                PASSWORD.toCharArray()));
    }

    public static Actor admin(CoreServices s) {
        return s.auth().login(ADMIN, PASSWORD.toCharArray(), "test").actor();
    }

    /** Adds a person who has changed the initial password already, and signs them in. */
    public static Actor person(CoreServices s, String login, String name, Role... roles) {
        Actor admin = admin(s);
        s.accounts().addPerson(admin, new NewPerson(name, login, Set.of(roles), null, null, "TamThoi#123".toCharArray()));
        Actor first = s.auth().login(login, "TamThoi#123".toCharArray(), "test").actor();
        return s.auth().changeOwnPassword(first, "TamThoi#123".toCharArray(), PASSWORD.toCharArray());
    }
}
