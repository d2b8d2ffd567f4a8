package vn.sotruong.core.lan;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sotruong.core.common.DomainException;

/** Reads and writes the {@code 07:00-11:00} part of a schedule line (giờ mở – giờ đóng). */
final class RoomTimes {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,2})[:hH](\\d{2})\\s*[-–]\\s*(\\d{1,2})[:hH](\\d{2})");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private RoomTimes() {
    }

    static String text(LocalTime from, LocalTime to) {
        return HM.format(from) + "-" + (to.equals(LocalTime.MAX) ? "24:00" : HM.format(to));
    }

    /**
     * {@code [from, to]} of {@code span}; "24:00" is the end of the day. Refusals: {@code lan.schedule.timeInvalid},
     * {@code lan.schedule.fromAfterTo}. {@code line} is the whole line, for the message.
     */
    static LocalTime[] parse(String span, String line) {
        Matcher m = SPAN.matcher(span.strip());
        if (!m.matches()) {
            throw new DomainException("lan.schedule.timeInvalid", line);
        }
        LocalTime from = time(m.group(1), m.group(2), line, false);
        LocalTime to = time(m.group(3), m.group(4), line, true);
        if (!from.isBefore(to)) {
            throw new DomainException("lan.schedule.fromAfterTo", line);
        }
        return new LocalTime[] {from, to};
    }

    private static LocalTime time(String h, String m, String line, boolean end) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (end && hour == 24 && minute == 0) {
            return LocalTime.MAX;
        }
        if (hour > 23 || minute > 59) {
            throw new DomainException("lan.schedule.timeInvalid", line);
        }
        return LocalTime.of(hour, minute);
    }
}
