package vn.sotruong.core.security;

import java.util.Optional;

/** The permission matrix as data. Empty until the school is set up. */
public interface PermissionStore {
    Optional<PermissionMatrix> load();

    void save(PermissionMatrix matrix);
}
