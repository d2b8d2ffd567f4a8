package vn.sotruong.core.gradebook;

import java.util.List;

/** Why one cell of a save was refused: the pupil, the column and a message code with its arguments. */
public record CellProblem(long pupilId, String slot, String code, List<Object> args) {
    public CellProblem {
        args = List.copyOf(args);
    }

    public static CellProblem of(long pupilId, String slot, String code, Object... args) {
        return new CellProblem(pupilId, slot, code, java.util.Arrays.asList(args));
    }
}
