package vn.sotruong.cli;

import picocli.CommandLine.Option;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.security.Actor;

/** {@code --minute N [--year 2026-2027]}: a correction minute by its number in the year (default: the open year). */
final class MinuteOptions {
    @Option(names = "--minute", required = true, paramLabel = "N", descriptionKey = "correction.minute")
    int number;

    @Option(names = "--year", paramLabel = "2026-2027", descriptionKey = "correction.year")
    String year;

    CorrectionMinute find(CoreServices services, Actor actor) {
        long yearId = Targets.year(services, year).id();
        return services.corrections().minutes(actor, yearId).stream().filter(m -> m.number() == number).findFirst()
                .orElseThrow(() -> new DomainException("correction.notFound"));
    }
}
