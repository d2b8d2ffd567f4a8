package vn.sotruong.core.gradebook;

import java.util.List;
import java.util.Optional;
import vn.sotruong.core.assessment.AssessmentRuleSet;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.school.SchoolLevel;

/**
 * A class's gradebook for its year (sổ theo dõi và đánh giá học sinh theo lớp): the rule set of its grade
 * and year with that year's settings, the subjects of the grade and the pupils, in class-list order.
 */
public record ClassBook(SchoolClass schoolClass, int yearStart, SchoolLevel level, AssessmentRuleSet rules,
                        List<Subject> subjects, List<RosterRow> roster) {
    public ClassBook {
        subjects = List.copyOf(subjects);
        roster = List.copyOf(roster);
    }

    public Optional<Subject> subject(String code) {
        return subjects.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<RosterRow> row(long pupilId) {
        return roster.stream().filter(r -> r.pupilId() == pupilId).findFirst();
    }

    public List<Long> pupilIds() {
        return roster.stream().map(RosterRow::pupilId).toList();
    }
}
