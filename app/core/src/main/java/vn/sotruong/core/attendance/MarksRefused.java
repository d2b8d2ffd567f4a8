package vn.sotruong.core.attendance;

import java.util.List;
import vn.sotruong.core.common.DomainException;

/**
 * A save of attendance cells refused ({@code attendance.marksRefused}): every wrong cell is listed and nothing was
 * written.
 */
public final class MarksRefused extends DomainException {
    private final transient List<MarkProblem> problems;

    public MarksRefused(List<MarkProblem> problems) {
        super("attendance.marksRefused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<MarkProblem> problems() {
        return problems;
    }
}
