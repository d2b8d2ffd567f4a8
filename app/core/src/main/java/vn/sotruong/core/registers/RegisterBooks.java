package vn.sotruong.core.registers;

import vn.sotruong.core.review.MonthlyNoteStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotruong.core.attendance.AttendanceService;
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
import vn.sotruong.core.security.Account;
import vn.sotruong.core.security.AccountStore;
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
    private final GradebookService gradebook;
    private final TeacherBookBuilder teacherBook;
    private final AttendanceSheetBuilder attendanceSheet;
    private final SchoolRecordBuilder schoolRecord;
    private final ClassSummaryBoardBuilder summaryBoard;
    private final AccountStore accounts;
    private final ResultsService results;

    public RegisterBooks(SchoolStore school, YearService years, OrganisationService organisation,
                         OrganisationStore staff, GradebookService gradebook, GradebookStore entries,
                         ResultsService results, PupilService pupils, PupilStore pupilRecords,
                         MonthlyNoteStore notes, AttendanceService attendance,
                         AccountStore accounts, vn.sotruong.core.pupil.EnrolmentStore enrolments,
                         vn.sotruong.core.pupil.PupilPhotoStore photos) {
        this.school = school;
        this.years = years;
        this.organisation = organisation;
        this.staff = staff;
        this.classBook = new ClassBookBuilder(gradebook, results, entries, notes);
        this.enrolmentRegister = new EnrolmentRegisterBuilder(pupils, pupilRecords);
        this.yearEnd = new YearEndListBuilder(results);
        this.gradebook = gradebook;
        this.teacherBook = new TeacherBookBuilder(gradebook, results, entries);
        this.attendanceSheet = new AttendanceSheetBuilder(attendance);
        this.schoolRecord = new SchoolRecordBuilder(results, entries,
                new SchoolRecordBuilder.Pupils(pupilRecords, enrolments, photos, staff, years));
        this.summaryBoard = new ClassSummaryBoardBuilder(results, entries);
        this.accounts = accounts;
        this.results = results;
    }

    /**
     * The required entries the book still lacks in its classes (for books of entered results; none for a blank
     * sổ cá nhân): {@link BookGaps#requireNone()} refuses a final print of an incomplete book.
     */
    BookGaps gaps(Actor actor, PrintRequest request) {
        PrintRequest r = settle(request);
        if (!BookCompleteness.GRADED.contains(r.register()) || r.options().blank()) {
            return BookGaps.NONE;
        }
        List<SchoolClass> classes = classes(actor, r.scope(), r.yearId());
        if (r.register() == RegisterName.SO_CA_NHAN && r.options().teacher() != null && r.options().subject() != null) {
            classes = taughtBy(actor, classes, staff.assignmentsOf(r.yearId(), r.options().teacher()),
                    r.options().subject());
        }
        return BookGaps.of(gradebook, results, actor, classes, r);
    }

    /** The staff id of the teacher signing in as {@code login}; {@code registers.teacherNotFound} otherwise. */
    public long teacher(String login) {
        return accounts.findByLogin(login == null ? "" : login.strip()).map(Account::staffId)
                .orElseThrow(() -> new DomainException("registers.teacherNotFound", String.valueOf(login)));
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
                BookGaps gaps = r.draft() ? BookGaps.of(gradebook, results, actor, classes, r) : BookGaps.NONE;
                for (SchoolClass c : classes) {
                    sections.addAll(classBook.sections(actor, c, homeroom(c, names), teachers(assignments, names, c),
                            r.period(), heading.parameters(), gaps));
                }
            }
            case SO_CA_NHAN -> {
                title = "SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH (GIÁO VIÊN BỘ MÔN)";
                BookOptions o = r.options();
                if (o.teacher() == null || o.subject() == null) {
                    throw new DomainException("registers.teacherAndSubjectRequired");
                }
                String teacher = staffNames().get(o.teacher());
                if (teacher == null) {
                    throw new DomainException("registers.teacherNotFound", o.teacher().toString());
                }
                List<SchoolClass> taught = taughtBy(actor, classes, staff.assignmentsOf(year.id(), o.teacher()),
                        o.subject());
                if (taught.isEmpty()) {
                    throw new DomainException("registers.teacherTeachesNone", teacher, o.subject(), r.scope().text());
                }
                sections.add(teacherBook.section(actor, taught, teacher, o.subject(), r.period(), o.blank(),
                        heading.parameters()));
            }
            case SO_GOI_TEN -> {
                title = "SỔ GỌI TÊN VÀ GHI ĐIỂM DANH";
                if (r.options().month() == null) {
                    throw new DomainException("registers.monthRequired");
                }
                Map<Long, String> names = staffNames();
                for (SchoolClass c : classes) {
                    sections.add(attendanceSheet.section(actor, c, r.options().month(), homeroom(c, names),
                            heading.parameters()));
                }
            }
            case HOC_BA -> {
                title = "HỌC BẠ";
                Map<Long, String> names = staffNames();
                Map<Long, List<TeachingAssignment>> assignments = new HashMap<>();
                SchoolRecordBuilder.Signers signers = new SchoolRecordBuilder.Signers() {
                    @Override
                    public String homeroom(SchoolClass c) {
                        return RegisterBooks.homeroom(c, names);
                    }

                    @Override
                    public Map<Long, String> teachers(SchoolClass c) {
                        return RegisterBooks.teachers(assignments.computeIfAbsent(c.yearId(), staff::assignments),
                                names, c);
                    }
                };
                for (SchoolClass c : classes) {
                    sections.addAll(schoolRecord.sections(actor, c, signers, r.period(), heading.parameters()));
                }
            }
            case BANG_TONG_HOP -> {
                title = "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC CỦA LỚP";
                Map<Long, String> names = staffNames();
                String point = ClassSummaryBoardBuilder.point(r);
                for (SchoolClass c : classes) {
                    sections.add(summaryBoard.section(actor, c, homeroom(c, names), point, heading.parameters()));
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

    private static String homeroom(SchoolClass c, Map<Long, String> names) {
        return c.homeroomStaffId() == null ? null : names.get(c.homeroomStaffId());
    }

    /** The class's subject teachers: subject id → name. */
    private static Map<Long, String> teachers(List<TeachingAssignment> assignments, Map<Long, String> names,
                                              SchoolClass c) {
        Map<Long, String> teachers = new HashMap<>();
        assignments.stream().filter(a -> a.classId() == c.id())
                .forEach(a -> teachers.put(a.subjectId(), names.get(a.staffId())));
        return teachers;
    }

    /** The classes of the scope where the teacher teaches the subject (by its code). */
    private List<SchoolClass> taughtBy(Actor actor, List<SchoolClass> classes, List<TeachingAssignment> theirs,
                                       String subjectCode) {
        List<SchoolClass> taught = new ArrayList<>();
        for (SchoolClass c : classes) {
            List<TeachingAssignment> here = theirs.stream().filter(a -> a.classId() == c.id()).toList();
            if (here.isEmpty()) {
                continue;
            }
            gradebook.classBook(actor, c.id()).subject(subjectCode)
                    .filter(s -> here.stream().anyMatch(a -> a.subjectId() == s.id())).ifPresent(s -> taught.add(c));
        }
        return taught;
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
