package vn.sotruong.cli;

import picocli.CommandLine.Option;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.locks.LockScope;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/** The options naming what a lock decision covers: {@code --grade}, {@code --class}, {@code --subject}, {@code --columns}. */
final class LockTarget {
    @Option(names = "--grade", descriptionKey = "lock.grade", paramLabel = "N")
    Integer grade;

    @Option(names = "--class", descriptionKey = "lock.class", paramLabel = "7A")
    String className;

    @Option(names = "--subject", descriptionKey = "lock.subject", paramLabel = "CODE")
    String subject;

    @Option(names = "--columns", descriptionKey = "lock.columns", paramLabel = "ALL|TX:1|TX:1:2|GK:1|CK:2|TERM:1|YEAR", defaultValue = "ALL")
    String columns;

    @Option(names = "--reason", descriptionKey = "lock.reason", required = true, paramLabel = "TEXT")
    String reason;

    @Option(names = "--year", descriptionKey = "lock.year", paramLabel = "2026-2027")
    String year;

    LockScope scope(CoreServices services, Actor actor, SchoolYear y) {
        Long classId = className == null ? null : Targets.schoolClass(services, actor, y, className).id();
        return new LockScope(grade, classId, subject == null ? null : subject.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
