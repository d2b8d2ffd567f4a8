package vn.sotruong.core.gradebook;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.RuleSets;
import vn.sotruong.core.assessment.tt22.Tt22RuleSet;
import vn.sotruong.core.assessment.tt22.Tt22Settings;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.assessment.tt27.Tt27Settings;

/**
 * The year's rule settings as stored name = value pairs; a name not stored takes the documented default,
 * so a year computed before a setting existed keeps computing the same way.
 */
public final class RuleSettingsCodec {
    private RuleSettingsCodec() {
    }

    public static Map<String, String> encode(Tt22Settings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rounding", s.rounding().name());
        m.put("yearAverageFromRoundedTerms", Boolean.toString(s.yearAverageFromRoundedTerms()));
        m.put("missingAssessment", s.missingAssessment().name());
        m.put("artsAsTwoSubjects", Boolean.toString(s.artsAsTwoSubjects()));
        m.put("art14Literal", Boolean.toString(s.art14Literal()));
        m.put("maxAbsences", Integer.toString(s.maxAbsences()));
        m.put("oneTermExemptionUsesOtherTerm", Boolean.toString(s.oneTermExemptionUsesOtherTerm()));
        m.put("reassessmentWholeNumbersOnly", Boolean.toString(s.reassessmentWholeNumbersOnly()));
        return m;
    }

    public static Tt22Settings tt22(Map<String, String> m) {
        Tt22Settings d = Tt22Settings.defaults();
        return new Tt22Settings(
                RoundingMode.valueOf(m.getOrDefault("rounding", d.rounding().name())),
                bool(m, "yearAverageFromRoundedTerms", d.yearAverageFromRoundedTerms()),
                Tt22Settings.MissingAssessment.valueOf(m.getOrDefault("missingAssessment", d.missingAssessment().name())),
                bool(m, "artsAsTwoSubjects", d.artsAsTwoSubjects()),
                bool(m, "art14Literal", d.art14Literal()),
                Integer.parseInt(m.getOrDefault("maxAbsences", Integer.toString(d.maxAbsences()))),
                bool(m, "oneTermExemptionUsesOtherTerm", d.oneTermExemptionUsesOtherTerm()),
                bool(m, "reassessmentWholeNumbersOnly", d.reassessmentWholeNumbersOnly()));
    }

    public static Map<String, String> encode(Tt27Settings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("wholeNumberTestScores", Boolean.toString(s.wholeNumberTestScores()));
        m.put("httRequiresAllQualitiesTot", Boolean.toString(s.httRequiresAllQualitiesTot()));
        return m;
    }

    public static Tt27Settings tt27(Map<String, String> m) {
        Tt27Settings d = Tt27Settings.defaults();
        return new Tt27Settings(bool(m, "wholeNumberTestScores", d.wholeNumberTestScores()),
                bool(m, "httRequiresAllQualitiesTot", d.httRequiresAllQualitiesTot()));
    }

    /** The rule sets of a school year, each with that year's stored settings. */
    public static RuleSets forYear(GradebookStore store, long yearId) {
        return new RuleSets(List.of(new Tt22RuleSet(tt22(store.ruleSettings(yearId, Tt22RuleSet.ID))),
                new Tt27RuleSet(tt27(store.ruleSettings(yearId, Tt27RuleSet.ID)))));
    }

    private static boolean bool(Map<String, String> m, String name, boolean dflt) {
        String v = m.get(name);
        return v == null ? dflt : Boolean.parseBoolean(v);
    }
}
