package vn.sotruong.cli;

import picocli.CommandLine.Option;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * {@code --class 7A [--year 2026-2027]}, mixed into the commands about one class: the year defaults to the one
 * open year; a class the user cannot see is "not found", as in the desktop.
 */
final class ClassOptions {
    @Option(names = "--class", required = true, paramLabel = "7A")
    String className;

    @Option(names = "--year", paramLabel = "2026-2027")
    String year;

    SchoolClass find(CoreServices services, Actor actor) {
        return Targets.schoolClass(services, actor, Targets.year(services, year), className);
    }
}
