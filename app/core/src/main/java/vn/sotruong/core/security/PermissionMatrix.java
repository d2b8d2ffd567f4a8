package vn.sotruong.core.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which permissions each role holds. Stored as data; {@link #defaults()} is the starting point. */
public final class PermissionMatrix {
    private final Map<Role, Set<Permission>> grants;

    public PermissionMatrix(Map<Role, ? extends Collection<Permission>> grants) {
        EnumMap<Role, Set<Permission>> copy = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            Collection<Permission> p = grants.get(r);
            copy.put(r, p == null || p.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(p));
        }
        this.grants = copy;
    }

    public Set<Permission> of(Role role) {
        return EnumSet.copyOf(grants.get(role));
    }

    public Set<Permission> union(Collection<Role> roles) {
        EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> all.addAll(grants.get(r)));
        return all;
    }

    public Map<Role, Set<Permission>> asMap() {
        EnumMap<Role, Set<Permission>> copy = new EnumMap<>(Role.class);
        grants.forEach((r, p) -> copy.put(r, of(r)));
        return copy;
    }

    /** The defaults, read from the school regulations' division of duties. */
    public static PermissionMatrix defaults() {
        EnumMap<Role, Set<Permission>> m = new EnumMap<>(Role.class);
        m.put(Role.HIEU_TRUONG, EnumSet.of(Permission.STAFF_VIEW, Permission.PUPILS_VIEW_ALL,
                Permission.GRADES_VIEW_ALL, Permission.RESULTS_APPROVE, Permission.REVIEW,
                Permission.REGISTERS_PRINT, Permission.AUDIT_VIEW));
        m.put(Role.PHO_HIEU_TRUONG, EnumSet.of(Permission.STAFF_VIEW, Permission.PUPILS_VIEW_ALL,
                Permission.GRADES_VIEW_ALL, Permission.REVIEW, Permission.REGISTERS_PRINT));
        m.put(Role.TO_TRUONG, EnumSet.of(Permission.STAFF_VIEW, Permission.GRADES_ENTER_OWN, Permission.REVIEW));
        m.put(Role.QUAN_TRI, EnumSet.of(Permission.SCHOOL_SETUP, Permission.ACCOUNTS_MANAGE,
                Permission.PERMISSIONS_MANAGE, Permission.STAFF_VIEW, Permission.ASSIGNMENTS_MANAGE,
                Permission.PUPILS_VIEW_ALL, Permission.PUPILS_EDIT, Permission.GRADES_IMPORT_ALL, Permission.LOCKS_MANAGE,
                Permission.BACKUP, Permission.AUDIT_VIEW));
        m.put(Role.GVCN, EnumSet.of(Permission.GRADES_ENTER_OWN));
        m.put(Role.GVBM, EnumSet.of(Permission.GRADES_ENTER_OWN));
        m.put(Role.VAN_PHONG, EnumSet.of(Permission.STAFF_VIEW, Permission.PUPILS_VIEW_ALL, Permission.PUPILS_EDIT,
                Permission.GRADES_IMPORT_ALL, Permission.REGISTERS_PRINT));
        m.put(Role.Y_TE, EnumSet.of(Permission.HEALTH_RECORDS));
        m.put(Role.THU_VIEN, EnumSet.of(Permission.LIBRARY));
        m.put(Role.THIET_BI, EnumSet.of(Permission.EQUIPMENT));
        m.put(Role.KE_TOAN, EnumSet.of(Permission.FINANCE));
        return new PermissionMatrix(m);
    }
}
