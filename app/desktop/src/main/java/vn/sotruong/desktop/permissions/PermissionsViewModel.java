package vn.sotruong.desktop.permissions;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.PermissionMatrix;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Phân quyền: the role × permission matrix as check boxes. Nothing changes until Save; the service
 * refuses a matrix that would lock the administrator out.
 */
public final class PermissionsViewModel {
    private final Session session;
    private final UiText text;
    private final Map<Role, Map<Permission, BooleanProperty>> cells = new EnumMap<>(Role.class);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty();

    public PermissionsViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
        for (Role r : Role.values()) {
            Map<Permission, BooleanProperty> row = new EnumMap<>(Permission.class);
            for (Permission p : Permission.values()) {
                row.put(p, new SimpleBooleanProperty());
            }
            cells.put(r, row);
        }
        editable.set(session.actor().has(Permission.PERMISSIONS_MANAGE));
        reload();
    }

    public final void reload() {
        show(session.services().accounts().permissionMatrix(session.actor()));
        error.set("");
        info.set("");
    }

    /** Shows the regulations' defaults; Save still has to be pressed. */
    public void showDefaults() {
        show(PermissionMatrix.defaults());
        info.set(text.t("permissions.defaultsShown"));
        error.set("");
    }

    public boolean save() {
        try {
            session.services().accounts().setPermissionMatrix(session.actor(), current());
            error.set("");
            info.set(text.t("permissions.saved"));
            return true;
        } catch (RuntimeException e) {
            info.set("");
            error.set(text.error(e));
            return false;
        }
    }

    private void show(PermissionMatrix m) {
        for (Role r : Role.values()) {
            Set<Permission> granted = m.of(r);
            cells.get(r).forEach((p, cell) -> cell.set(granted.contains(p)));
        }
    }

    PermissionMatrix current() {
        Map<Role, Set<Permission>> m = new EnumMap<>(Role.class);
        cells.forEach((r, row) -> {
            Set<Permission> granted = EnumSet.noneOf(Permission.class);
            row.forEach((p, cell) -> {
                if (cell.get()) {
                    granted.add(p);
                }
            });
            m.put(r, granted);
        });
        return new PermissionMatrix(m);
    }

    public BooleanProperty cell(Role role, Permission permission) {
        return cells.get(role).get(permission);
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
