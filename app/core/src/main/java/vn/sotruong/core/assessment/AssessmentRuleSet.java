package vn.sotruong.core.assessment;

import java.util.OptionalInt;
import vn.sotruong.core.school.SchoolLevel;

/**
 * A versioned set of assessment rules (one circular, with the school year's settings). A school year
 * and grade pick exactly one rule set through {@link RuleSets}; a new circular is a new
 * implementation and past years keep the rule set (and settings) they were computed with.
 */
public interface AssessmentRuleSet {
    /** Stable id stored with each year's results, e.g. {@code TT22-2021}. */
    String id();

    SchoolLevel level();

    /** First school year (start year) in which {@code grade} follows this rule set (the circular's roadmap). */
    OptionalInt firstYearStart(int grade);

    default boolean appliesTo(int grade, int yearStart) {
        OptionalInt first = firstYearStart(grade);
        return level().hasGrade(grade) && first.isPresent() && yearStart >= first.getAsInt();
    }

    /** Message code of the rule set's name. */
    default String labelKey() {
        return "ruleset." + id();
    }
}
