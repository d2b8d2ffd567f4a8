package vn.sotruong.desktop.accounts;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import vn.sotruong.core.security.Role;

/** One tick box per role, as the forms show them. */
public final class RoleChoice {
    private final Map<Role, BooleanProperty> ticks = new EnumMap<>(Role.class);

    public RoleChoice(Set<Role> initial) {
        for (Role r : Role.values()) {
            ticks.put(r, new SimpleBooleanProperty(initial.contains(r)));
        }
    }

    public BooleanProperty of(Role r) {
        return ticks.get(r);
    }

    public Set<Role> selected() {
        EnumSet<Role> s = EnumSet.noneOf(Role.class);
        ticks.forEach((r, p) -> {
            if (p.get()) {
                s.add(r);
            }
        });
        return s;
    }
}
