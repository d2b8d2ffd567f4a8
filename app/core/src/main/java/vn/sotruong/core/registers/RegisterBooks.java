package vn.sotruong.core.registers;

import vn.sotruong.core.review.MonthlyNoteStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.OrganisationService;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.pupil.PupilService;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.YearService;

/**
 * Gathers the data of a book from the services, with the actor's rights: the classes of the scope (every one of
 * them must be visible to the actor), then each book's sections. Changes nothing.
 */
public final class RegisterBooks {
    private final SchoolStore school;
    private final YearService years;
    private final OrganisationService organisation;
    private final OrganisationStore staff;
    private final ClassBookBuilder classBook;
    private final EnrolmentRegisterBuilder enrolmentRegister;
    private final YearEndListBuilder yearEnd;

    public RegisterBooks(SchoolStore school, YearService years, OrganisationService organisation,
                         OrganisationStore staff, GradebookService gradebook, GradebookStore entries,
                         ResultsService results, PupilService pupils, PupilStore pupilRecords,
                         MonthlyNoteStore notes) {
        this.school = school;
        this.years = years;
        this.organisation = organisation;
        this.staff = staff;
        this.classBook = new ClassBookBuilder(gradebook, results, entries, notes);
        this.enrolmentRegister = new EnrolmentRegisterBuilder(pupils, pupilRecords);
        this.yearEnd = new YearEndListBuilder(results);
    }

    /** The request with its year settled: the one asked for, else the current year. */
    public PrintRequest settle(PrintRequest request) {
        if (request.yearId() != null) {
            years.requireYear(request.yearId());
            return request;
        }
        return request.forYear(years.currentYear().orElseThrow(() -> new DomainException("year.noneOpen")).id());
    }

    /** The book's data as it is now. */
    public RegisterDocument build(Actor actor, PrintRequest request) {
        PrintRequest r = settle(request);
        if (!r.register().available()) {
            throw new DomainException("registers.notAvailable", r.register().code());
        }
        SchoolYear year = years.requireYear(r.yearId());
        BookHeading heading = BookHeading.of(school.find().orElseThrow(() -> new DomainException("school.notSetUp")),
                year.label());
        List<SchoolClass> classes = classes(actor, r.scope(), year.id());
        List<BookSection> sections = new ArrayList<>();
        String title;
        switch (r.register()) {
            case SO_THEO_DOI_DANH_GIA -> {
                title = "SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH (THEO LỚP HỌC)";
                Map<Long, String> names = staffNames();
                List<TeachingAssignment> assignments = staff.assignments(year.id());
                for (SchoolClass c : classes) {
                    Map<Long, String> teachers = new HashMap<>();
                    assignments.stream().filter(a -> a.classId() == c.id())
                            .forEach(a -> teachers.put(a.subjectId(), names.get(a.staffId())));
                    String homeroom = c.homeroomStaffId() == null ? null : names.get(c.homeroomStaffId());
                    sections.addAll(classBook.sections(actor, c, homeroom, teachers, r.period(), heading.parameters()));
                }
            }
            case SO_DANG_BO -> {
                title = "SỔ ĐĂNG BỘ";
                Set<String> names = new LinkedHashSet<>();
                classes.forEach(c -> names.add(c.name()));
                sections.add(enrolmentRegister.section(actor, year.label(), names,
                        r.scope().kind() == RegisterScope.Kind.SCHOOL, heading.parameters()));
            }
            case DANH_SACH_CUOI_NAM -> {
                title = "DANH SÁCH HỌC SINH CUỐI NĂM HỌC";
                sections.add(yearEnd.section(actor, classes, r.period(), heading.parameters()));
            }
            default -> throw new DomainException("registers.notAvailable", r.register().code());
        }
        return new RegisterDocument(r, title, sections);
    }

    /** The classes of the scope in grade and name order; all must be visible to the actor. */
    private List<SchoolClass> classes(Actor actor, RegisterScope scope, long yearId) {
        List<SchoolClass> all = organisationClasses(yearId);
        List<SchoolClass> chosen = switch (scope.kind()) {
            case CLASS -> all.stream().filter(c -> c.name().equals(scope.className())).toList();
            case GRADE -> all.stream().filter(c -> c.grade() == scope.grade()).toList();
            case SCHOOL -> all;
        };
        if (chosen.isEmpty()) {
            throw scope.kind() == RegisterScope.Kind.CLASS ? new DomainException("class.notFound")
                    : new DomainException("registers.nothingToPrint", scope.text());
        }
        chosen.forEach(c -> organisation.requireClass(actor, c.id()));
        return chosen;
    }

    private List<SchoolClass> organisationClasses(long yearId) {
        return staff.classes(yearId).stream()
                .sorted(Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
    }

    private Map<Long, String> staffNames() {
        Map<Long, String> names = new HashMap<>();
        for (StaffMember m : staff.staff()) {
            names.put(m.id(), m.fullName());
        }
        return names;
    }
}
