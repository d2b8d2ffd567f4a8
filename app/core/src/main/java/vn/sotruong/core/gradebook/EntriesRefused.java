package vn.sotruong.core.gradebook;

import java.util.List;
import vn.sotruong.core.common.DomainException;

/**
 * A save refused because some cells are wrong ({@code gradebook.cellsRefused}): every problem is listed,
 * with its cell, and nothing was written.
 */
public final class EntriesRefused extends DomainException {
    private final transient List<CellProblem> problems;

    public EntriesRefused(List<CellProblem> problems) {
        super("gradebook.cellsRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
