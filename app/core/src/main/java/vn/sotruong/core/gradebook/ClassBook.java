package vn.sotruong.core.gradebook;

import java.util.List;
import java.util.Optional;
import vn.sotruong.core.assessment.AssessmentRuleSet;
import vn.sotruong.core.common.DomainException;
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

    /** The subject, or refused with {@code gradebook.subjectNotInClass}. */
    public Subject requireSubject(String code) {
        return subject(code).orElseThrow(() -> new DomainException("gradebook.subjectNotInClass", code,
                schoolClass.name()));
    }

    /** Every sheet of the book: the subjects of the grade, then conduct (Circular 22) or qualities (Circular 27). */
    public List<SheetRef> sheets() {
        List<SheetRef> refs = new java.util.ArrayList<>(subjects.stream().map(s -> SheetRef.subject(s.code())).toList());
        refs.add(rules instanceof vn.sotruong.core.assessment.tt22.Tt22RuleSet ? SheetRef.conduct() : SheetRef.qualities());
        return List.copyOf(refs);
    }

    public Optional<RosterRow> row(long pupilId) {
        return roster.stream().filter(r -> r.pupilId() == pupilId).findFirst();
    }

    public List<Long> pupilIds() {
        return roster.stream().map(RosterRow::pupilId).toList();
    }
}
