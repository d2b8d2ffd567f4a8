package vn.sotruong.data.store;

/**
 * What {@link Store#open(java.nio.file.Path, java.time.Clock, BeforeMigration)} does before Flyway
 * migrates a store that already holds data (trước khi nâng cấp dữ liệu): the backup module writes a
 * safety backup of the old schema here. Throwing a {@code DomainException} refuses the opening and
 * leaves the store as it was.
 */
@FunctionalInterface
public interface BeforeMigration {
    /** Migrates without a safety copy: new stores, tests, a restore's temporary store. */
    BeforeMigration NOTHING = old -> {
    };

    void backUp(OlderDatabase old);
}
