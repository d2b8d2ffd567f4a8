package vn.sotruong.core.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import vn.sotruong.core.security.Role;

/**
 * One due item of the year's record-keeping plan (kế hoạch hồ sơ năm học): what (a message code with its
 * arguments), by when, for which roles, and — where the store can tell — how much is still outstanding
 * (entries missing, classes without the month's note; -1 when it cannot tell).
 */
public record PlanItem(String code, List<Object> args, LocalDate due, Set<Role> roles, int outstanding) {
    public PlanItem {
        args = List.copyOf(args);
        roles = Set.copyOf(roles);
    }

    PlanItem withOutstanding(int n) {
        return new PlanItem(code, args, due, roles, n);
    }

    /** Days from {@code today} to the due date: negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }
}
