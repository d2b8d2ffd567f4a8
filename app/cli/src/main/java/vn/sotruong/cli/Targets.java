package vn.sotruong.cli;

import java.util.Locale;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/** The year and class a command names: {@code --year} (default: the current year) and {@code --class 7A}. */
final class Targets {
    private Targets() {
    }

    static SchoolYear year(CoreServices services, String label) {
        return label == null
                ? services.years().currentYear().orElseThrow(() -> new DomainException("year.noneOpen"))
                : services.years().years().stream().filter(y -> y.label().equals(label.strip())).findFirst()
                        .orElseThrow(() -> new DomainException("year.notFound"));
    }

    static SchoolClass schoolClass(CoreServices services, Actor actor, SchoolYear year, String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return services.organisation().classes(actor, year.id()).stream().filter(k -> k.name().equals(wanted))
                .findFirst().orElseThrow(() -> new DomainException("class.notFound"));
    }
}
