package vn.sotruong.cli;

import java.util.Locale;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/** {@code --class 7A [--year 2026-2027]}: the class of that year (by default the current one) the actor may see. */
final class ClassChoice {
    private ClassChoice() {
    }

    static SchoolClass find(CoreServices services, Actor actor, String className, String year) {
        SchoolYear target = year == null
                ? services.years().currentYear().orElseThrow(() -> new DomainException("year.noneOpen"))
                : services.years().years().stream().filter(y -> y.label().equals(year.strip())).findFirst()
                        .orElseThrow(() -> new DomainException("year.notFound"));
        String wanted = className.strip().toUpperCase(Locale.ROOT);
        return services.organisation().classes(actor, target.id()).stream().filter(k -> k.name().equals(wanted))
                .findFirst().orElseThrow(() -> new DomainException("class.notFound"));
    }
}
