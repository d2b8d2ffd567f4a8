package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.sotruong.core.security.Role;

/** A person being planned: the login and roles are settled only once homerooms are known. */
final class StaffDraft {
    final String fullName;
    final Gender gender;
    final LocalDate birthDate;
    final String phone;
    final String position;
    final String department;
    /** Short subject word for the login ("toan" → gv.toan3); null for staff who do not teach. */
    final String loginStem;
    /** Subject codes this teacher is employed for, in order. */
    final List<String> subjects;
    final Set<Role> roles = EnumSet.noneOf(Role.class);
    String login;
    String homeroomClass;

    StaffDraft(PersonFactory.Person p, String position, String department, String loginStem,
               List<String> subjects) {
        this.fullName = p.fullName();
        this.gender = p.gender();
        this.birthDate = p.birthDate();
        this.phone = p.phone();
        this.position = position;
        this.department = department;
        this.loginStem = loginStem;
        this.subjects = new ArrayList<>(subjects);
    }

    PlannedStaff planned() {
        return new PlannedStaff(login, fullName, gender, birthDate, phone, position, department, Set.copyOf(roles));
    }
}
