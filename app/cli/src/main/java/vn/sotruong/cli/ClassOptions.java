package vn.sotruong.cli;

import java.util.Locale;
import picocli.CommandLine.Option;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

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
        SchoolYear target = year == null
                ? services.years().currentYear().orElseThrow(() -> new DomainException("year.noneOpen"))
                : services.years().years().stream().filter(y -> y.label().equals(year.strip())).findFirst()
                        .orElseThrow(() -> new DomainException("year.notFound"));
        String wanted = className.strip().toUpperCase(Locale.ROOT);
        return services.organisation().classes(actor, target.id()).stream().filter(k -> k.name().equals(wanted))
                .findFirst().orElseThrow(() -> new DomainException("class.notFound"));
    }
}
