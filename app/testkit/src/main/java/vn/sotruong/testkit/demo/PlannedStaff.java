package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.Set;
import vn.sotruong.core.security.Role;

/** A member of staff as planned, before the store gives them ids. department null = Ban giám hiệu. */
record PlannedStaff(String login, String fullName, Gender gender, LocalDate birthDate, String phone,
                    String position, String department, Set<Role> roles) {
}
