package vn.sotruong.data.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.gradebook.Approval;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.Term;

/**
 * Decides which backup reminders are due today: no USB backup ever; the last one older than the
 * school's {@code backup.remind.days}; the latest regulated event ({@link BackupEvent}) with no USB
 * backup on or after its date; a last backup dated after today (a clock set wrong). The events come
 * from {@link EventSource}s, so later features add theirs without changing this class.
 */
public final class BackupReminders {
    /** Where events come from: each source lists the events it knows up to {@code today}. */
    @FunctionalInterface
    public interface EventSource {
        List<BackupEvent> events(CoreServices services, LocalDate today);
    }

    /** The end of each term of every school year: term I as a term end, term II as the year's end. */
    public static final EventSource TERM_ENDS = (services, today) -> {
        List<BackupEvent> out = new ArrayList<>();
        for (SchoolYear y : services.years().years()) {
            for (Term t : services.years().terms(y.id())) {
                if (!t.end().isAfter(today)) {
                    out.add(t.number() >= 2 ? new BackupEvent(BackupEvent.Kind.YEAR_END, t.end(), y.label())
                            : new BackupEvent(BackupEvent.Kind.TERM_END, t.end(), String.valueOf(t.number())));
                }
            }
        }
        return out;
    };

    /** The days a class's results were approved (the data checked), one event per class and day. */
    public static final EventSource RESULTS_APPROVED = (services, today) -> {
        Set<BackupEvent> out = new LinkedHashSet<>();
        for (SchoolYear y : services.years().years()) {
            for (SchoolClass c : services.stores().organisation().classes(y.id())) {
                for (Approval a : services.stores().gradebook().approvals(y.id(), c.id())) {
                    out.add(new BackupEvent(BackupEvent.Kind.RESULTS_APPROVED, schoolDay(a.approvedAt()), c.name()));
                }
            }
        }
        return List.copyOf(out);
    };

    /** The days registers were printed (print ledger), one event per day with the number of prints. */
    public static final EventSource REGISTERS_PRINTED = (services, today) -> {
        Map<LocalDate, Long> prints = new TreeMap<>();
        for (SchoolYear y : services.years().years()) {
            for (PrintRecord p : services.stores().printLedger().list(y.id())) {
                prints.merge(schoolDay(p.printedAt()), 1L, Long::sum);
            }
        }
        return prints.entrySet().stream().map(e -> new BackupEvent(BackupEvent.Kind.REGISTERS_PRINTED, e.getKey(),
                String.valueOf(e.getValue()))).toList();
    };

    /** The events the regulations tie to backups that this build knows of. */
    public static final List<EventSource> REGULATED = List.of(TERM_ENDS, RESULTS_APPROVED, REGISTERS_PRINTED);

    private final List<EventSource> sources;

    public BackupReminders(List<EventSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<BackupReminder> due(CoreServices services, BackupSettings settings, Optional<Instant> lastUsb,
                                    Instant now, LocalDate today) {
        List<BackupReminder> out = new ArrayList<>();
        Optional<LocalDate> last = lastUsb.map(i -> i.atZone(BackupFileName.SCHOOL_ZONE).toLocalDate());
        if (last.isEmpty()) {
            out.add(new BackupReminder(BackupReminder.Kind.NEVER_ON_USB, last, 0, Optional.empty()));
        } else if (last.get().isAfter(today)) {
            out.add(new BackupReminder(BackupReminder.Kind.USB_DATED_LATER, last, 0, Optional.empty()));
            return out;
        } else {
            long days = ChronoUnit.DAYS.between(last.get(), today);
            if (days >= settings.remindDays()) {
                out.add(new BackupReminder(BackupReminder.Kind.DAYS_SINCE_USB, last, days, Optional.empty()));
            }
        }
        latestMissed(services, today, last).ifPresent(e ->
                out.add(new BackupReminder(BackupReminder.Kind.EVENT, last, 0, Optional.of(e))));
        return out;
    }

    private static LocalDate schoolDay(Instant at) {
        return at.atZone(BackupFileName.SCHOOL_ZONE).toLocalDate();
    }

    /** The most recent event up to today with no USB backup on or after its date. */
    private Optional<BackupEvent> latestMissed(CoreServices services, LocalDate today, Optional<LocalDate> last) {
        if (services.setup().isEmpty()) {
            return Optional.empty();
        }
        return sources.stream().flatMap(s -> s.events(services, today).stream())
                .filter(e -> !e.date().isAfter(today))
                .filter(e -> last.isEmpty() || last.get().isBefore(e.date()))
                .max(Comparator.comparing(BackupEvent::date));
    }
}
