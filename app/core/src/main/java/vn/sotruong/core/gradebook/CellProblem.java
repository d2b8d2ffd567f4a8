package vn.sotruong.core.gradebook;

import java.util.List;

/**
 * Why one cell of a save was refused: the pupil, the column, a message code with its arguments, and the
 * sheet it is on (set by the service, so the problems of a whole workbook can be traced back to their cells).
 */
public record CellProblem(long pupilId, String slot, String code, List<Object> args, SheetRef sheet) {
    public CellProblem {
        args = List.copyOf(args);
    }

    public CellProblem(long pupilId, String slot, String code, List<Object> args) {
        this(pupilId, slot, code, args, null);
    }

    public static CellProblem of(long pupilId, String slot, String code, Object... args) {
        return new CellProblem(pupilId, slot, code, java.util.Arrays.asList(args));
    }

    /** The same problem on {@code ref}. */
    public CellProblem on(SheetRef ref) {
        return new CellProblem(pupilId, slot, code, args, ref);
    }
}
