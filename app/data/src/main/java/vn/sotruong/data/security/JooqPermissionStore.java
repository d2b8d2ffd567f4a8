package vn.sotruong.data.security;

import static vn.sotruong.data.jooq.Tables.ROLE_PERMISSION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.PermissionMatrix;
import vn.sotruong.core.security.PermissionStore;
import vn.sotruong.core.security.Role;
import vn.sotruong.data.jdbc.JooqTransactions;

public final class JooqPermissionStore implements PermissionStore {
    private final JooqTransactions tx;

    public JooqPermissionStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<PermissionMatrix> load() {
        Map<Role, Set<Permission>> m = new EnumMap<>(Role.class);
        var rows = tx.dsl().selectFrom(ROLE_PERMISSION).fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        for (var r : rows) {
            m.computeIfAbsent(Role.valueOf(r.getRole()), k -> EnumSet.noneOf(Permission.class))
                    .add(Permission.valueOf(r.getPermission()));
        }
        return Optional.of(new PermissionMatrix(m));
    }

    @Override
    public void save(PermissionMatrix matrix) {
        tx.dsl().deleteFrom(ROLE_PERMISSION).execute();
        matrix.asMap().forEach((role, perms) -> perms.forEach(p -> tx.dsl()
                .insertInto(ROLE_PERMISSION, ROLE_PERMISSION.ROLE, ROLE_PERMISSION.PERMISSION)
                .values(role.name(), p.name()).execute()));
    }
}
