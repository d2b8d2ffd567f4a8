package vn.sotruong.core.security;

import java.util.EnumSet;
import java.util.Set;
import vn.sotruong.core.common.DomainException;

/**
 * The signed-in person on whose behalf a service acts. Every service call carries one; the
 * service checks the permission and the data scope.
 *
 * @param workstation where the call came from ("office PC", a LAN workstation's name)
 */
public record Actor(long accountId, long staffId, String login, String fullName, Set<Role> roles,
                    Set<Permission> permissions, String workstation) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    public boolean has(Permission p) {
        return permissions.contains(p);
    }

    public boolean hasRole(Role r) {
        return roles.contains(r);
    }

    public void require(Permission p) {
        if (!has(p)) {
            throw new DomainException("auth.denied");
        }
    }
}
