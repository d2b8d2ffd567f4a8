package vn.sotruong.core.notice;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.attendance.AttendanceService;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.Area;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Entry;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.GradebookStore;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilAccess;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.security.Actor;

/**
 * Thông báo gửi cha mẹ học sinh: the homeroom teacher's weekly or monthly notice per pupil — the period's absences
 * (có phép, không phép, muộn) and the marks entered in it — issued as printable slips or as a CSV (pupil, parent,
 * phone, message) for whatever channel the school sends through; the app itself sends nothing. Every issue is kept
 * (class, period, form, who, when, each message) for the department head's monthly check, and audited.
 */
public final class ParentNoticeService {
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Marks named in one message; the rest are counted, so a slip or a text message stays readable. */
    static final int MARKS_LISTED = 8;

    private final PupilAccess access;
    private final PupilStore pupils;
    private final EnrolmentStore enrolments;
    private final AttendanceService attendance;
    private final GradebookService gradebook;
    private final GradebookStore entries;
    private final NoticeStore notices;
    private final vn.sotruong.core.school.SchoolStore school;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public ParentNoticeService(OrganisationStore classes, PupilStore pupils, EnrolmentStore enrolments,
                               AttendanceService attendance, GradebookService gradebook, GradebookStore entries,
                               NoticeStore notices, vn.sotruong.core.school.SchoolStore school, AuditLog audit,
                               Transactions tx, Clock clock) {
        this.school = school;
        this.access = new PupilAccess(classes);
        this.pupils = pupils;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.gradebook = gradebook;
        this.entries = entries;
        this.notices = notices;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The notices of the class's pupils who attended in the period, in class-list order; changes nothing. For
     * whoever keeps the class's records (its homeroom teacher, the office). Refusals: the access codes.
     */
    public List<ParentNotice> prepare(Actor actor, long classId, NoticePeriod period) {
        SchoolClass c = access.requireEdit(actor, classId);
        List<Long> ids = enrolments.inClass(classId).stream().filter(e -> attended(e, period))
                .map(Enrolment::pupilId).distinct().toList();
        List<Pupil> list = new ArrayList<>(pupils.find(ids));
        list.sort(Pupil.CLASS_LIST_ORDER);
        Map<Long, AbsenceTally> absences = attendance.totals(actor, classId, period.from(), period.until());
        ClassBook book = gradebook.classBook(actor, classId);
        Map<String, String> subjectNames = new LinkedHashMap<>();
        book.subjects().forEach(s -> subjectNames.put(s.code(), s.name()));
        Map<Long, List<String>> marks = new LinkedHashMap<>();
        for (Entry e : entries.entries(c.yearId(), ids)) {
            var day = e.enteredAt().atZone(SCHOOL_ZONE).toLocalDate();
            if (e.key().area() == Area.SUBJECT && !day.isBefore(period.from()) && day.isBefore(period.until())
                    && !e.value().isEmpty()) {
                marks.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(subjectNames.getOrDefault(
                        e.key().item(), e.key().item()) + " (" + e.slot().replace('.', ' ') + ") "
                        + e.value().text().replace('.', ','));
            }
        }
        return list.stream().map(p -> notice(p, c, period, absences.getOrDefault(p.id(), AbsenceTally.NONE),
                marks.getOrDefault(p.id(), List.of()))).toList();
    }

    /**
     * Issues the class's notices for the period in the given form: they are recorded in the history (with each
     * message as issued) and audited, then handed back for printing or writing. Refused with
     * {@code notice.nobody} when the class had no pupil in the period.
     */
    public NoticeBatch issue(Actor actor, long classId, NoticePeriod period, NoticeBatch.Form form) {
        List<ParentNotice> list = prepare(actor, classId, period);
        if (list.isEmpty()) {
            throw new DomainException("notice.nobody", period.label());
        }
        SchoolClass c = access.requireClass(classId);
        return tx.inTransaction(() -> {
            NoticeBatch draft = new NoticeBatch(0, c.yearId(), c.id(), c.name(), period, list.size(), form,
                    actor.login(), clock.instant());
            long id = notices.record(draft, list);
            audit.record(new AuditEvent(actor.login(), AuditKind.PARENT_NOTICES_ISSUED, "class:" + c.name(),
                    form + " " + period.label() + ": " + list.size() + " notices", actor.workstation()));
            return new NoticeBatch(id, draft.yearId(), draft.classId(), draft.className(), period, draft.count(), form,
                    draft.issuedBy(), draft.issuedAt());
        });
    }

    /**
     * Issues the notices and writes them into {@code out}: the CSV, or the slips through the printer. The file is
     * written beside its place inside the issue's transaction and moved in after, so a failed write records
     * nothing. Refusals as {@link #issue}, and {@code notice.outNotWritable}.
     */
    public NoticeBatch issueTo(Actor actor, long classId, NoticePeriod period, NoticeBatch.Form form,
                               NoticeSlips slips, java.nio.file.Path out) {
        java.nio.file.Path target = out.toAbsolutePath().normalize();
        if (target.getParent() == null || !java.nio.file.Files.isDirectory(target.getParent())) {
            throw new DomainException("notice.outNotWritable", target.toString());
        }
        java.nio.file.Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            NoticeBatch batch = tx.inTransaction(() -> {
                NoticeBatch b = issue(actor, classId, period, form);
                List<ParentNotice> list = notices.notices(b.id());
                try (OutputStream file = java.nio.file.Files.newOutputStream(partial)) {
                    if (form == NoticeBatch.Form.CSV) {
                        NoticeCsv.write(list, file);
                    } else {
                        slips.write(school.find().map(vn.sotruong.core.school.School::name).orElse(""), b, list, file);
                    }
                } catch (IOException e) {
                    throw new DomainException("notice.outNotWritable", target + ": " + e.getMessage());
                }
                return b;
            });
            java.nio.file.Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return batch;
        } catch (IOException e) {
            throw new DomainException("notice.outNotWritable", target + ": " + e.getMessage());
        } finally {
            try {
                java.nio.file.Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .partial names itself
            }
        }
    }

    /** The notices as issued in a batch. */
    public List<ParentNotice> notices(Actor actor, NoticeBatch batch) {
        access.requireSee(actor, batch.classId());
        return notices.notices(batch.id());
    }

    /** The history of the year: the batches of the classes the actor sees, newest first. */
    public List<NoticeBatch> history(Actor actor, long yearId) {
        return notices.batches(yearId).stream()
                .filter(b -> access.canSee(actor, access.requireClass(b.classId()))).toList();
    }

    /** Writes the notices as CSV for an SMS gateway or a mail merge (UTF-8 with BOM so Excel reads the accents). */
    public static void writeCsv(List<ParentNotice> list, OutputStream out) throws IOException {
        NoticeCsv.write(list, out);
    }

    private static boolean attended(Enrolment e, NoticePeriod p) {
        return e.from().isBefore(p.until()) && (e.until() == null || e.until().isAfter(p.from()));
    }

    private static ParentNotice notice(Pupil p, SchoolClass c, NoticePeriod period, AbsenceTally a,
                                       List<String> marks) {
        Parent to = firstNamed(p.guardian(), p.mother(), p.father());
        String phone = to != null && to.phone() != null ? to.phone() : p.phone();
        String message = "Thông báo " + period.label() + " của em " + p.fullName() + " (lớp " + c.name() + "): nghỉ "
                + a.absences() + " buổi (có phép " + a.excused() + ", không phép " + a.unexcused() + "), đi muộn "
                + a.late() + " lần. " + (marks.isEmpty() ? "Không có điểm mới."
                : "Điểm mới: " + String.join("; ", marks.subList(0, Math.min(MARKS_LISTED, marks.size())))
                + (marks.size() > MARKS_LISTED ? " và " + (marks.size() - MARKS_LISTED) + " điểm khác" : "") + ".");
        return new ParentNotice(p.id(), p.code(), p.fullName(), to == null ? null : to.name(), phone, message);
    }

    private static Parent firstNamed(Parent... parents) {
        for (Parent x : parents) {
            if (x != null && x.name() != null) {
                return x;
            }
        }
        return null;
    }
}
