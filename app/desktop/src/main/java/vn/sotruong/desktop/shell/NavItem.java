package vn.sotruong.desktop.shell;

import java.util.EnumSet;
import java.util.Set;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * The left navigation. Each item names the permissions that open it (any one is enough); the
 * services check again on every call, so hiding an item is convenience, not security.
 */
public enum NavItem {
    HOME(),
    YEAR(Permission.SCHOOL_SETUP),
    CLASSES(Permission.PUPILS_VIEW_ALL, Permission.GRADES_ENTER_OWN, Permission.SCHOOL_SETUP),
    PUPILS(Permission.PUPILS_VIEW_ALL, Permission.PUPILS_EDIT, Permission.GRADES_ENTER_OWN),
    ATTENDANCE(Permission.PUPILS_VIEW_ALL, Permission.PUPILS_EDIT, Permission.GRADES_ENTER_OWN),
    STAFF(Permission.SCHOOL_SETUP, Permission.STAFF_VIEW),
    GRADEBOOK(Permission.GRADES_ENTER_OWN, Permission.GRADES_VIEW_ALL, Permission.GRADES_IMPORT_ALL),
    REVIEW(Permission.REVIEW),
    LOCKS(Permission.LOCKS_MANAGE, Permission.RESULTS_APPROVE),
    CORRECTIONS(Permission.GRADES_ENTER_OWN, Permission.RESULTS_APPROVE, Permission.LOCKS_MANAGE),
    /** Chữ ký số: for those who sign minutes, and the account managers who issue keys. */
    SIGNING(Permission.GRADES_ENTER_OWN, Permission.RESULTS_APPROVE, Permission.LOCKS_MANAGE,
            Permission.ACCOUNTS_MANAGE),
    REGISTERS(Permission.REGISTERS_PRINT),
    BACKUP(Permission.BACKUP),
    ACCOUNTS(Permission.ACCOUNTS_MANAGE),
    PERMISSIONS(Permission.PERMISSIONS_MANAGE),
    AUDIT(Permission.AUDIT_VIEW),
    SETTINGS(Permission.SCHOOL_SETUP),
    /** Máy trạm: LAN sharing, workstation approval and the computer-room schedule (the office PC's administrator). */
    WORKSTATIONS(Permission.ACCOUNTS_MANAGE),
    HEALTH(Permission.HEALTH_RECORDS),
    LIBRARY(Permission.LIBRARY),
    EQUIPMENT(Permission.EQUIPMENT),
    FINANCE(Permission.FINANCE);

    private final Set<Permission> anyOf;

    NavItem(Permission... anyOf) {
        this.anyOf = anyOf.length == 0 ? Set.of() : EnumSet.of(anyOf[0], anyOf);
    }

    public boolean visibleTo(Actor actor) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(actor::has);
    }

    public String labelKey() {
        return "nav." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** True for pages that exist today; the others show the "later version" page. */
    public boolean built() {
        return switch (this) {
            case HOME, YEAR, CLASSES, PUPILS, ATTENDANCE, STAFF, GRADEBOOK, REVIEW, BACKUP, ACCOUNTS, PERMISSIONS, AUDIT,
                    SETTINGS -> true;
            case REGISTERS -> true;
            case LOCKS, CORRECTIONS -> true;
            case SIGNING -> true;
            case WORKSTATIONS -> true;
            default -> false;
        };
    }
}
