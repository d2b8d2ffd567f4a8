package vn.sotruong.data.backup;

/**
 * Whose backup it is: the same school by its Ministry code when both sides have one, else by name.
 * A restore refuses another school's backup by this rule, and rotation only ever removes the same
 * school's backups.
 */
record SchoolIdentity(String code, String name) {
    SchoolIdentity {
        code = code == null ? "" : code;
        name = name == null ? "" : name;
    }

    static SchoolIdentity of(BackupManifest m) {
        return new SchoolIdentity(m.schoolCode(), m.schoolName());
    }

    boolean sameSchool(SchoolIdentity other) {
        return !code.isEmpty() && !other.code.isEmpty() ? code.equals(other.code) : name.equals(other.name);
    }
}
