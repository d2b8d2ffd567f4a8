package vn.sotruong.core.lan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.common.DomainException;

/**
 * Lịch phòng máy: when workstations may sign in — weekly windows plus dates that differ (closed, or open at other
 * hours). An empty schedule allows workstations at any time. Logins at the office PC itself never depend on it.
 */
public record RoomSchedule(List<RoomWindow> weekly, List<RoomDay> days) {
    /** How far ahead the next window is looked for (a refusal then says "no window in the next four weeks"). */
    static final int LOOK_AHEAD_DAYS = 28;
    private static final Map<String, DayOfWeek> DAY_NAMES = Map.ofEntries(
            Map.entry("MON", DayOfWeek.MONDAY), Map.entry("TUE", DayOfWeek.TUESDAY),
            Map.entry("WED", DayOfWeek.WEDNESDAY), Map.entry("THU", DayOfWeek.THURSDAY),
            Map.entry("FRI", DayOfWeek.FRIDAY), Map.entry("SAT", DayOfWeek.SATURDAY),
            Map.entry("SUN", DayOfWeek.SUNDAY), Map.entry("T2", DayOfWeek.MONDAY), Map.entry("T3", DayOfWeek.TUESDAY),
            Map.entry("T4", DayOfWeek.WEDNESDAY), Map.entry("T5", DayOfWeek.THURSDAY),
            Map.entry("T6", DayOfWeek.FRIDAY), Map.entry("T7", DayOfWeek.SATURDAY), Map.entry("CN", DayOfWeek.SUNDAY));

    public static final RoomSchedule ALWAYS = new RoomSchedule(List.of(), List.of());

    public RoomSchedule {
        weekly = weekly.stream().sorted(Comparator.comparing(RoomWindow::day).thenComparing(RoomWindow::from)).toList();
        days = days.stream().sorted(Comparator.comparing(RoomDay::date)
                .thenComparing(RoomDay::from, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /** A window of the schedule on one date: when it opens and when it closes. */
    public record Opening(LocalDateTime from, LocalDateTime to) {
    }

    public boolean empty() {
        return weekly.isEmpty() && days.isEmpty();
    }

    /**
     * Reads the lines as typed: weekly {@code MON 07:00-11:00} (or {@code T2 7h00-11h00}; CN = Sunday), dates
     * {@code 2026-11-20 closed} (or {@code nghỉ}) and {@code 2026-11-28 07:00-11:00}. Refusals, naming the line:
     * {@code lan.schedule.dayInvalid}, {@code lan.schedule.dateInvalid}, {@code lan.schedule.timeInvalid},
     * {@code lan.schedule.fromAfterTo}, {@code lan.schedule.overlap}, {@code lan.schedule.closedAndOpen}.
     */
    public static RoomSchedule parse(List<String> weeklyLines, List<String> dayLines) {
        List<RoomWindow> weekly = new ArrayList<>();
        for (String raw : weeklyLines) {
            String line = raw == null ? "" : raw.strip();
            String[] parts = line.split("\\s+", 2);
            DayOfWeek day = DAY_NAMES.get(parts[0].toUpperCase(Locale.ROOT));
            if (day == null || parts.length < 2) {
                throw new DomainException("lan.schedule.dayInvalid", line);
            }
            LocalTime[] t = RoomTimes.parse(parts[1], line);
            weekly.add(new RoomWindow(day, t[0], t[1]));
        }
        List<RoomDay> days = new ArrayList<>();
        for (String raw : dayLines) {
            String line = raw == null ? "" : raw.strip();
            String[] parts = line.split("\\s+", 2);
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw new DomainException("lan.schedule.dateInvalid", line);
            }
            if (parts.length < 2) {
                throw new DomainException("lan.schedule.timeInvalid", line);
            }
            String rest = parts[1].strip().toLowerCase(Locale.ROOT);
            if (rest.equals("closed") || rest.equals("nghỉ") || rest.equals("nghi")) {
                days.add(new RoomDay(date, null, null));
            } else {
                LocalTime[] t = RoomTimes.parse(rest, line);
                days.add(new RoomDay(date, t[0], t[1]));
            }
        }
        RoomSchedule s = new RoomSchedule(weekly, days);
        s.checkOverlaps();
        return s;
    }

    private void checkOverlaps() {
        for (int i = 1; i < weekly.size(); i++) {
            RoomWindow a = weekly.get(i - 1);
            RoomWindow b = weekly.get(i);
            if (a.day() == b.day() && b.from().isBefore(a.to())) {
                throw new DomainException("lan.schedule.overlap", a.text(), b.text());
            }
        }
        for (int i = 1; i < days.size(); i++) {
            RoomDay a = days.get(i - 1);
            RoomDay b = days.get(i);
            if (!a.date().equals(b.date())) {
                continue;
            }
            if (a.closed() || b.closed()) {
                throw new DomainException("lan.schedule.closedAndOpen", a.text(), b.text());
            }
            if (b.from().isBefore(a.to())) {
                throw new DomainException("lan.schedule.overlap", a.text(), b.text());
            }
        }
    }

    /** The windows of one date: that date's own if it is an exceptional date, else the weekday's. */
    public List<Opening> openingsOn(LocalDate date) {
        List<RoomDay> special = days.stream().filter(d -> d.date().equals(date)).toList();
        if (!special.isEmpty()) {
            return special.stream().filter(d -> !d.closed())
                    .map(d -> new Opening(date.atTime(d.from()), end(date, d.to()))).toList();
        }
        return weekly.stream().filter(w -> w.day() == date.getDayOfWeek())
                .map(w -> new Opening(date.atTime(w.from()), end(date, w.to()))).toList();
    }

    /** The window open at {@code at} (school time), if any. Always empty for an empty schedule: ask {@link #empty()}. */
    public Optional<Opening> openAt(LocalDateTime at) {
        return openingsOn(at.toLocalDate()).stream()
                .filter(o -> !at.isBefore(o.from()) && at.isBefore(o.to())).findFirst();
    }

    /** The first window opening after {@code at}, within {@value #LOOK_AHEAD_DAYS} days. */
    public Optional<Opening> nextAfter(LocalDateTime at) {
        for (int i = 0; i <= LOOK_AHEAD_DAYS; i++) {
            Optional<Opening> o = openingsOn(at.toLocalDate().plusDays(i)).stream()
                    .filter(x -> x.from().isAfter(at)).findFirst();
            if (o.isPresent()) {
                return o;
            }
        }
        return Optional.empty();
    }

    /** The lines of the text form, weekly first: what {@link #parse} reads back. */
    public List<String> weeklyLines() {
        return weekly.stream().map(RoomWindow::text).toList();
    }

    public List<String> dayLines() {
        return days.stream().map(RoomDay::text).toList();
    }

    private static LocalDateTime end(LocalDate date, LocalTime to) {
        return to.equals(LocalTime.MAX) ? date.plusDays(1).atStartOfDay() : date.atTime(to);
    }
}
