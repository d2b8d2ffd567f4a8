package vn.sotruong.core.security;

import java.util.Set;

/** What the administrator types to add a person with an account. */
public record NewPerson(String fullName, String login, Set<Role> roles, String position, Long departmentId,
                        char[] initialPassword) {
}
