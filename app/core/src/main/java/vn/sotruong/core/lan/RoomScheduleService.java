package vn.sotruong.core.lan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.school.SettingsStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;

/**
 * Lịch phòng máy: the administrator sets when workstations may sign in; a workstation's login is admitted here
 * (refused outside the windows, naming the next one) and its session ends when the window does. Kept as two school
 * settings; changing them needs {@link Permission#ACCOUNTS_MANAGE} and is audited.
 */
public final class RoomScheduleService {
    public static final String WEEKLY = "lan.schedule.weekly";
    public static final String DAYS = "lan.schedule.days";
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String SEPARATOR = ";";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SettingsStore settings;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public RoomScheduleService(SettingsStore settings, AuditLog audit, Transactions tx, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The schedule in force (anyone may read it: a refused workstation is shown it). */
    public RoomSchedule schedule() {
        return RoomSchedule.parse(lines(WEEKLY), lines(DAYS));
    }

    /** The schedule, for the administrator's page and {@code lan schedule list}. */
    public RoomSchedule view(Actor actor) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        return schedule();
    }

    /**
     * Replaces the schedule with the lines as typed ({@link RoomSchedule#parse}); a refused line changes nothing.
     * Empty lists make it "always allowed".
     */
    public RoomSchedule set(Actor actor, List<String> weekly, List<String> days) {
        actor.require(Permission.ACCOUNTS_MANAGE);
        RoomSchedule s = RoomSchedule.parse(nonBlank(weekly), nonBlank(days));
        String w = String.join(SEPARATOR, s.weeklyLines());
        String d = String.join(SEPARATOR, s.dayLines());
        tx.run(() -> {
            settings.put(WEEKLY, w);
            settings.put(DAYS, d);
            audit.record(new AuditEvent(actor.login(), AuditKind.SETTING_CHANGED, "setting:lan.schedule",
                    s.empty() ? "lịch phòng máy: luôn cho phép" : "lịch phòng máy: " + w + (d.isEmpty() ? "" : " | " + d),
                    actor.workstation()));
        });
        return s;
    }

    /** No schedule: workstations may sign in at any time. */
    public RoomSchedule clear(Actor actor) {
        return set(actor, List.of(), List.of());
    }

    /**
     * Admits a workstation's login at the current time: the end of the window it falls in, or empty when there is no
     * schedule. Refusals: {@code lan.outsideSchedule} (weekday 1–7, date, from, to of the next window),
     * {@code lan.outsideScheduleNoWindow} (none in the next four weeks).
     */
    public Optional<Instant> admit() {
        RoomSchedule s = schedule();
        if (s.empty()) {
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), SCHOOL_ZONE);
        Optional<RoomSchedule.Opening> open = s.openAt(now);
        if (open.isPresent()) {
            return Optional.of(open.get().to().atZone(SCHOOL_ZONE).toInstant());
        }
        RoomSchedule.Opening next = s.nextAfter(now).orElseThrow(
                () -> new DomainException("lan.outsideScheduleNoWindow", RoomSchedule.LOOK_AHEAD_DAYS));
        throw new DomainException("lan.outsideSchedule", next.from().getDayOfWeek().getValue(),
                DATE.format(next.from()), TIME.format(next.from()),
                next.to().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : TIME.format(next.to()));
    }

    private List<String> lines(String key) {
        return nonBlank(Arrays.asList(settings.get(key).orElse("").split(SEPARATOR)));
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines == null ? List.of() : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip)
                .toList();
    }
}
