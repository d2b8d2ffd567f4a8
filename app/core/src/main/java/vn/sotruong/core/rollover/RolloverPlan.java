package vn.sotruong.core.rollover;

import java.util.List;

/**
 * What the rollover to the next school year will do: the new year's classes (with the class of this year each
 * comes from, or none for a new intake class) and where each pupil goes; what blocks it (classes whose year
 * results the principal has not approved, pupils still undecided).
 */
public record RolloverPlan(long fromYearId, int nextStartYear, List<NewClass> classes, List<Placement> placements,
                           List<String> unapprovedClasses) {
    public RolloverPlan {
        classes = List.copyOf(classes);
        placements = List.copyOf(placements);
        unapprovedClasses = List.copyOf(unapprovedClasses);
    }

    /** A class of the new year; {@code fromClass} is the class of this year that moves up into it, null for an intake class. */
    public record NewClass(int grade, String name, String fromClass) {
    }

    public boolean ready() {
        return unapprovedClasses.isEmpty() && placements.stream().noneMatch(p -> p.decision() == Placement.Decision.UNDECIDED);
    }

    public long count(Placement.Decision d) {
        return placements.stream().filter(p -> p.decision() == d).count();
    }
}
