package vn.sotruong.core.registers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.core.year.YearService;

/**
 * Danh mục hồ sơ của trường theo năm học: which books the school keeps for a year — per class the sổ theo dõi và
 * đánh giá (THCS) or the bảng tổng hợp (tiểu học), the học bạ and a sổ gọi tên for each month of the year so far;
 * per teacher and subject the sổ cá nhân; for the school the sổ đăng bộ and the year-end lists — and for each how
 * far it has come (chưa in, bản nháp, đã in, đã ký, đã đóng quyển, đã lưu trữ) from the latest print covering it,
 * with out-of-date prints flagged; a book printed for another scope (a grade) also covers its classes. Changes
 * nothing. Needs {@link Permission#REGISTERS_PRINT}.
 */
public final class RecordCatalogueService {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    private final Parts p;

    /** Stores and services read. */
    public record Parts(SchoolStore school, YearService years, OrganisationStore organisation, PrintLedgerStore ledger,
                        PrintStatusService statuses, ResultsService results, Clock clock) {
    }

    public RecordCatalogueService(Parts parts) {
        this.p = parts;
    }

    /** The catalogue of the year, in the order of the classes, then the teachers, then the school's books. */
    public RecordCatalogue catalogue(Actor actor, long yearId) {
        actor.require(Permission.REGISTERS_PRINT);
        SchoolYear year = p.years().requireYear(yearId);
        Map<Long, PrintStatus> standing = new HashMap<>();
        p.statuses().statuses(actor, yearId).forEach(s -> standing.put(s.print().id(), s));
        List<PrintRecord> prints = p.ledger().list(yearId); // newest first
        Map<Long, BookSignature> signed = new HashMap<>();
        p.ledger().signatures(yearId).forEach(g -> signed.put(g.ledgerId(), g));
        Map<Long, Map<KeepingStep, LocalDate>> kept = new HashMap<>();
        p.ledger().keeping(yearId).forEach(k -> kept.computeIfAbsent(k.ledgerId(), x -> new HashMap<>())
                .put(k.step(), k.on()));
        BookCompleteness complete = new BookCompleteness(p.results(), actor);
        List<SchoolClass> classes = p.organisation().classes(yearId).stream()
                .sorted(Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
        Instant now = p.clock().instant();

        List<Expected> expected = new ArrayList<>();
        List<YearMonth> months = months(year, now);
        for (SchoolClass c : classes) {
            boolean primary = c.grade() <= 5;
            String cls = "Lớp " + c.name();
            BookFor forClass = BookFor.schoolClass(c.name());
            expected.add(new Expected(primary ? RegisterName.BANG_TONG_HOP : RegisterName.SO_THEO_DOI_DANH_GIA, cls,
                    List.of(c), null, null, null, forClass));
            expected.add(new Expected(RegisterName.HOC_BA, cls, List.of(c), null, null, null, forClass));
            for (YearMonth m : months) {
                expected.add(new Expected(RegisterName.SO_GOI_TEN, cls + " · tháng " + m.format(MONTH), List.of(c), m,
                        null, null, new BookFor(List.of(c.name()), m, null, null)));
            }
        }
        Map<Long, String> staff = new HashMap<>();
        p.organisation().staff().forEach(s -> staff.put(s.id(), s.fullName()));
        Map<Long, Subject> subjects = new HashMap<>();
        p.years().subjects(yearId).forEach(s -> subjects.put(s.id(), s));
        Map<Long, SchoolClass> byId = new HashMap<>();
        classes.forEach(c -> byId.put(c.id(), c));
        Map<String, List<SchoolClass>> teacherBooks = new java.util.LinkedHashMap<>();
        p.organisation().assignments(yearId).stream()
                .sorted(Comparator.comparing((TeachingAssignment a) -> staff.getOrDefault(a.staffId(), ""))
                        .thenComparing(a -> subjects.get(a.subjectId()).sortOrder()))
                .forEach(a -> teacherBooks.computeIfAbsent(a.staffId() + "|" + a.subjectId(), k -> new ArrayList<>())
                        .add(byId.get(a.classId())));
        teacherBooks.forEach((key, cs) -> {
            long staffId = Long.parseLong(key.substring(0, key.indexOf('|')));
            Subject subject = subjects.get(Long.parseLong(key.substring(key.indexOf('|') + 1)));
            List<SchoolClass> taught = cs.stream().filter(Objects::nonNull).toList();
            expected.add(new Expected(RegisterName.SO_CA_NHAN, staff.getOrDefault(staffId, "#" + staffId) + " · "
                    + subject.name() + " (" + String.join(", ", taught.stream().map(SchoolClass::name).toList()) + ")",
                    taught, null, staffId, subject.code(), new BookFor(taught.stream().map(SchoolClass::name).toList(),
                            null, staff.getOrDefault(staffId, "#" + staffId), subject.name())));
        });
        expected.add(new Expected(RegisterName.SO_DANG_BO, "Toàn trường", classes, null, null, null,
                BookFor.wholeSchool()));
        expected.add(new Expected(RegisterName.DANH_SACH_CUOI_NAM, "Toàn trường", classes, null, null, null,
                BookFor.wholeSchool()));

        List<CatalogueEntry> entries = new ArrayList<>();
        for (Expected e : expected) {
            PrintRecord latest = prints.stream().filter(pr -> e.coveredBy(pr, byId.values())).findFirst().orElse(null);
            entries.add(entry(e, latest, standing, signed, kept, complete));
        }
        BookHeading heading = BookHeading.of(p.school().find()
                .orElseThrow(() -> new vn.sotruong.core.common.DomainException("school.notSetUp")), year.label());
        return new RecordCatalogue(heading, now, entries);
    }

    private CatalogueEntry entry(Expected e, PrintRecord latest, Map<Long, PrintStatus> standing,
                                 Map<Long, BookSignature> signed, Map<Long, Map<KeepingStep, LocalDate>> kept,
                                 BookCompleteness complete) {
        if (latest == null) {
            return new CatalogueEntry(e.register(), e.what(), RecordState.NOT_PRINTED, null, false, null, null, null,
                    e.bookFor());
        }
        PrintStatus s = standing.get(latest.id());
        boolean outOfDate = s != null && s.standing() == PrintStanding.SUPERSEDED;
        BookSignature g = signed.get(latest.id());
        Map<KeepingStep, LocalDate> k = kept.getOrDefault(latest.id(), Map.of());
        RecordState state;
        if (k.containsKey(KeepingStep.ARCHIVED)) {
            state = RecordState.ARCHIVED;
        } else if (k.containsKey(KeepingStep.BOUND)) {
            state = RecordState.BOUND;
        } else if (g != null) {
            state = RecordState.SIGNED;
        } else if (latest.request().options().blank() || latest.request().draft()
                || e.classes().stream().anyMatch(c -> !complete.missing(c, latest.request()).isEmpty())) {
            state = RecordState.DRAFT;
        } else {
            state = RecordState.PRINTED;
        }
        return new CatalogueEntry(e.register(), e.what(), state, latest, outOfDate, g, k.get(KeepingStep.BOUND),
                k.get(KeepingStep.ARCHIVED), e.bookFor());
    }

    /** The months of the school year up to now (September to May), for the sổ gọi tên. */
    static List<YearMonth> months(SchoolYear year, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(EntryProgressService.SCHOOL_ZONE));
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(year.startYear(), 9); !m.isAfter(YearMonth.of(year.startYear() + 1, 5))
                && !m.isAfter(current); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** A book the school keeps: the classes it covers, and the month, teacher and subject it is for. */
    private record Expected(RegisterName register, String what, List<SchoolClass> classes, YearMonth month,
                            Long teacher, String subject, BookFor bookFor) {
        boolean coveredBy(PrintRecord pr, java.util.Collection<SchoolClass> all) {
            PrintRequest r = pr.request();
            if (r.register() != register) {
                return false;
            }
            if (register == RegisterName.SO_GOI_TEN && !month.equals(r.options().month())) {
                return false;
            }
            if (register == RegisterName.SO_CA_NHAN && (!Objects.equals(teacher, r.options().teacher())
                    || !subject.equals(r.options().subject()))) {
                return false;
            }
            if (register == RegisterName.SO_DANG_BO || register == RegisterName.DANH_SACH_CUOI_NAM
                    || register == RegisterName.SO_CA_NHAN) {
                // the school's book: printed for the whole school, or for every class it covers
                return r.scope().kind() == RegisterScope.Kind.SCHOOL
                        || !classes.isEmpty() && classes.stream().allMatch(r.scope()::covers);
            }
            return classes.stream().allMatch(r.scope()::covers);
        }
    }
}
