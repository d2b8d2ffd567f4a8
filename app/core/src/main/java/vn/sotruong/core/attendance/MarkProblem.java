package vn.sotruong.core.attendance;

import java.time.LocalDate;
import java.util.List;

/** Why one attendance cell of a save was refused: the cell, a message code and its arguments. */
public record MarkProblem(long pupilId, LocalDate date, DaySession session, String code, List<Object> args) {
    public MarkProblem {
        args = List.copyOf(args);
    }

    public static MarkProblem of(MarkEdit e, String code, Object... args) {
        return new MarkProblem(e.pupilId(), e.date(), e.session(), code, java.util.Arrays.asList(args));
    }

    /** The cell's key as the LAN protocol names it: {@code 2026-10-15.SANG}. */
    public String cell() {
        return MarkCells.key(date, session);
    }
}
