package vn.sotruong.core.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.year.SchoolYear;

/**
 * The rule sets a school can use, each with the settings of the year being computed. For a level,
 * grade and school year it picks the rule set whose roadmap covers that grade and year, the newest
 * one when several do — so a later circular is added here and earlier years keep their own.
 */
public final class RuleSets {
    private final List<AssessmentRuleSet> ruleSets;

    public RuleSets(List<AssessmentRuleSet> ruleSets) {
        this.ruleSets = List.copyOf(ruleSets);
    }

    /** Circular 22/2021 and Circular 27/2020 with their default settings. */
    public static RuleSets standard() {
        return new RuleSets(List.of(Tt22RuleSet.withDefaults(), Tt27RuleSet.withDefaults()));
    }

    public List<AssessmentRuleSet> all() {
        return ruleSets;
    }

    public Optional<AssessmentRuleSet> find(SchoolLevel level, int grade, int yearStart) {
        return ruleSets.stream().filter(r -> r.level() == level && r.appliesTo(grade, yearStart))
                .max(Comparator.comparingInt(r -> r.firstYearStart(grade).getAsInt()));
    }

    /** As {@link #find}, refusing with {@code assessment.noRuleSet} (grade, year) when none applies. */
    public AssessmentRuleSet require(SchoolLevel level, int grade, int yearStart) {
        return find(level, grade, yearStart).orElseThrow(
                () -> new DomainException("assessment.noRuleSet", grade, SchoolYear.label(yearStart)));
    }

    public Optional<AssessmentRuleSet> byId(String id) {
        return ruleSets.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
