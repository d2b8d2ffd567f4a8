package vn.sotruong.core.gradebook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.AssessmentRuleSet;
import vn.sotruong.core.assessment.RuleSets;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.curriculum.SubjectStore;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.YearStore;

/** Reads a class's book (class, rules, subjects, roster) from the stores; no permission checks here. */
public final class ClassBooks {
    private final OrganisationStore classes;
    private final YearStore years;
    private final SchoolStore school;
    private final SubjectStore subjects;
    private final PupilStore pupils;
    private final EnrolmentStore enrolments;
    private final GradebookStore gradebook;

    public ClassBooks(OrganisationStore classes, YearStore years, SchoolStore school, SubjectStore subjects,
                    PupilStore pupils, EnrolmentStore enrolments, GradebookStore gradebook) {
        this.classes = classes;
        this.years = years;
        this.school = school;
        this.subjects = subjects;
        this.pupils = pupils;
        this.enrolments = enrolments;
        this.gradebook = gradebook;
    }

    public SchoolClass requireClass(long classId) {
        return classes.findClass(classId).orElseThrow(() -> new DomainException("class.notFound"));
    }

    public ClassBook load(SchoolClass c) {
        return load(c, enrolments.inClass(c.id()), new YearFacts(c.yearId()));
    }

    /** Every class of the year, reading the year's enrolments, rules and subjects once. */
    public List<ClassBook> loadYear(long yearId) {
        List<SchoolClass> ofYear = classes.classes(yearId);
        if (ofYear.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Enrolment>> byClass = new HashMap<>();
        for (Enrolment e : enrolments.inYear(yearId)) {
            byClass.computeIfAbsent(e.classId(), k -> new java.util.ArrayList<>()).add(e);
        }
        YearFacts facts = new YearFacts(yearId);
        return ofYear.stream().map(c -> load(c, byClass.getOrDefault(c.id(), List.of()), facts)).toList();
    }

    /** What every class of a year shares: the year, the school's level, the year's rule sets and subjects. */
    private final class YearFacts {
        final SchoolYear year;
        final SchoolLevel level;
        final RuleSets rules;
        final List<Subject> subjects;

        YearFacts(long yearId) {
            this.year = years.find(yearId).orElseThrow(() -> new DomainException("year.notFound"));
            this.level = school.find().orElseThrow(() -> new DomainException("school.notSetUp")).level();
            this.rules = RuleSettingsCodec.forYear(gradebook, yearId);
            this.subjects = ClassBooks.this.subjects.list(yearId);
        }
    }

    private ClassBook load(SchoolClass c, List<Enrolment> inClass, YearFacts facts) {
        AssessmentRuleSet rules = facts.rules.require(facts.level, c.grade(), facts.year.startYear());
        List<Subject> ofGrade = facts.subjects.stream().filter(s -> s.taughtIn(c.grade()))
                .sorted(Comparator.comparingInt(Subject::sortOrder)).toList();
        Map<Long, LocalDate> left = new HashMap<>();
        for (Enrolment e : inClass) {
            LocalDate until = e.isOpen() ? null : e.until();
            left.merge(e.pupilId(), until == null ? LocalDate.MAX : until,
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        List<RosterRow> roster = pupils.find(List.copyOf(left.keySet())).stream().sorted(Pupil.CLASS_LIST_ORDER)
                .map(p -> new RosterRow(p, LocalDate.MAX.equals(left.get(p.id())) ? null : left.get(p.id())))
                .toList();
        return new ClassBook(c, facts.year.startYear(), facts.level, rules, ofGrade, roster);
    }
}
