package vn.sotruong.core.rollover;

import vn.sotruong.core.security.Actor;

/**
 * Sao lưu trước khi lên năm học mới: the automatic backup the regulations want before a year rollover, made by
 * whoever keeps the backups (the data module's backup service). It runs after the rollover's checks and before
 * anything changes; if it throws, the rollover does not happen.
 */
@FunctionalInterface
public interface SafetyBackup {
    /** Nothing to back up (tests of the rollover rules alone). */
    SafetyBackup NONE = actor -> { };

    void beforeRollover(Actor actor);
}
