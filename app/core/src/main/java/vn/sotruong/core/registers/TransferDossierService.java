package vn.sotruong.core.registers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.tt22.StudentYearResult;
import vn.sotruong.core.assessment.tt22.SubjectResult;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.audit.AuditEvent;
import vn.sotruong.core.audit.AuditKind;
import vn.sotruong.core.audit.AuditLog;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.common.Transactions;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.gradebook.ClassBook;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.gradebook.ColumnLayout;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.PupilResult;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.gradebook.Sheet;
import vn.sotruong.core.gradebook.SheetRef;
import vn.sotruong.core.gradebook.SheetRow;
import vn.sotruong.core.i18n.Messages;
import vn.sotruong.core.organisation.OrganisationStore;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Admission;
import vn.sotruong.core.pupil.Enrolment;
import vn.sotruong.core.pupil.EnrolmentStore;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilAccess;
import vn.sotruong.core.pupil.PupilPhotoStore;
import vn.sotruong.core.pupil.PupilService;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.YearService;

/**
 * Hồ sơ chuyển trường: gathers a transferred pupil's dossier (record, register line, movements, every year's
 * entries, results as {@link ResultsService} computes them now, attendance totals, photo) and writes it in each
 * format asked for. Only for a pupil whose last movement is a transfer out; issued by whoever keeps the records
 * of the class they left (the office, or its homeroom teacher). Each issue is an audit event.
 */
public final class TransferDossierService {
    private static final java.time.ZoneId SCHOOL_ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final SchoolStore school;
    private final YearService years;
    private final OrganisationStore classes;
    private final PupilService pupils;
    private final PupilStore records;
    private final EnrolmentStore enrolments;
    private final GradebookService gradebook;
    private final ResultsService results;
    private final PupilPhotoStore photos;
    private final PupilAccess access;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Messages vi = Messages.vietnamese();

    public TransferDossierService(SchoolStore school, YearService years, OrganisationStore classes,
                                  PupilService pupils, PupilStore records, EnrolmentStore enrolments,
                                  GradebookService gradebook, ResultsService results, PupilPhotoStore photos,
                                  AuditLog audit, Transactions tx, Clock clock) {
        this.school = school;
        this.years = years;
        this.classes = classes;
        this.pupils = pupils;
        this.records = records;
        this.enrolments = enrolments;
        this.gradebook = gradebook;
        this.results = results;
        this.photos = photos;
        this.access = new PupilAccess(classes);
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The pupil by mã học sinh, or refused with {@code pupil.notFound}. */
    public long pupilId(Actor actor, String code) {
        Pupil p = records.findByCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new DomainException("pupil.codeUnknown", String.valueOf(code)));
        return pupils.requirePupil(actor, p.id()).id();
    }

    /** The dossier as the data says now. Refusals: {@code dossier.notTransferred}, the record's access codes. */
    public TransferDossier dossier(Actor actor, long pupilId) {
        Pupil p = pupils.requirePupil(actor, pupilId);
        List<Movement> history = enrolments.movementsOf(pupilId);
        Movement transfer = history.isEmpty() ? null : history.getLast();
        if (transfer == null || transfer.kind() != MovementKind.TRANSFER_OUT) {
            throw new DomainException("dossier.notTransferred", p.code());
        }
        SchoolClass left = transfer.fromClassId() == null ? null : access.requireEdit(actor, transfer.fromClassId());
        Admission admission = records.admissionOf(pupilId).orElseThrow(() -> new DomainException("pupil.notFound"));
        Map<String, Object> heading = BookHeading.of(school.find()
                .orElseThrow(() -> new DomainException("school.notSetUp")),
                left == null ? "" : years.requireYear(left.yearId()).label()).parameters();
        List<TransferDossier.HistoryLine> lines = history.stream().map(this::line).toList();
        List<TransferDossier.YearRecord> yearRecords = new ArrayList<>();
        for (Enrolment e : YearPages.lastClassOfEachYear(enrolments.enrolmentsOf(pupilId))) {
            yearRecords.add(yearRecord(actor, pupilId, e));
        }
        return new TransferDossier(heading, p, admission.registerNo(), admission.admittedOn(),
                admission.fromSchool(), transfer, left == null ? null : left.name(), lines, yearRecords,
                photos.find(pupilId).orElse(null), LocalDate.now(clock.withZone(SCHOOL_ZONE)));
    }

    /**
     * Writes the dossier into the folder, one file per writer ({@code ho-so-chuyen-truong-CODE.pdf}, {@code .xlsx}),
     * each first beside its place and moved in once complete; returns the files. Refusals as
     * {@link #dossier}, and {@code dossier.outNotWritable}.
     */
    public List<Path> export(Actor actor, long pupilId, Path dir, List<DossierWriter> writers) {
        Path folder = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new DomainException("dossier.outNotWritable", folder.toString());
        }
        TransferDossier d = dossier(actor, pupilId);
        List<Path> written = new ArrayList<>();
        List<Path> partials = new ArrayList<>();
        try {
            for (DossierWriter w : writers) {
                Path partial = folder.resolve(d.fileStem() + "." + w.extension() + ".partial");
                partials.add(partial);
                try (OutputStream out = Files.newOutputStream(partial)) {
                    w.write(d, out);
                }
            }
            tx.run(() -> audit.record(new AuditEvent(actor.login(), AuditKind.PUPIL_DOSSIER_ISSUED,
                    "pupil:" + d.pupil().code(), "transfer dossier to " + d.transfer().otherSchool() + ": "
                            + String.join(", ", writers.stream().map(DossierWriter::extension).toList()),
                    actor.workstation())));
            for (Path partial : partials) {
                String name = partial.getFileName().toString();
                Path target = partial.resolveSibling(name.substring(0, name.length() - ".partial".length()));
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new DomainException("dossier.outNotWritable", folder + ": " + e.getMessage());
        } finally {
            for (Path partial : partials) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // best effort: a leftover .partial names itself
                }
            }
        }
    }

    private TransferDossier.HistoryLine line(Movement m) {
        Long classId = m.toClassId() != null ? m.toClassId() : m.fromClassId();
        String className = classId == null ? null : classes.findClass(classId).map(SchoolClass::name).orElse(null);
        String detail = m.otherSchool() == null ? m.reason()
                : m.reason() == null ? m.otherSchool() : m.otherSchool() + " — " + m.reason();
        return new TransferDossier.HistoryLine(BookValues.date(m.on()), vi.get("dossier.movement." + m.kind().name()),
                className, detail);
    }

    private TransferDossier.YearRecord yearRecord(Actor actor, long pupilId, Enrolment e) {
        SchoolClass c = classes.findClass(e.classId()).orElseThrow(() -> new DomainException("class.notFound"));
        ClassBook book = gradebook.classBook(actor, c.id());
        PupilResult r = results.classResults(actor, c.id()).rows().stream()
                .filter(row -> row.pupil().pupilId() == pupilId).findFirst().orElse(null);
        StudentYearResult y = r == null ? null : r.tt22();
        List<TransferDossier.SubjectLine> subjects = new ArrayList<>();
        for (Subject s : book.subjects()) {
            Sheet sheet = gradebook.sheet(actor, c.id(), SheetRef.subject(s.code()));
            SheetRow row = sheet.row(pupilId).orElse(null);
            Map<String, String> entered = new LinkedHashMap<>();
            for (Column col : sheet.columns()) {
                String text = row == null ? null : row.text(col.slot());
                if (text != null) {
                    entered.put(col.header(), BookValues.cell(text));
                }
            }
            SubjectResult sr = y == null ? null : y.subject(s.code()).orElse(null);
            subjects.add(new TransferDossier.SubjectLine(s.name(), sr == null ? null : BookValues.outcome(sr.hk1()),
                    sr == null ? null : BookValues.outcome(sr.hk2()), sr == null ? yearLevel(r, entered)
                    : BookValues.outcome(sr.year()), entered));
        }
        AbsenceTally absences = r == null ? AbsenceTally.NONE : r.absences();
        String yearLabel = years.requireYear(c.yearId()).label();
        if (y == null) {
            String overall = r == null || r.tt27() == null || r.tt27().overall().level() == null ? null
                    : vi.get(r.tt27().overall().level().labelKey());
            return new TransferDossier.YearRecord(yearLabel, c.name(), subjects, null, null, overall, null, null,
                    null, absences, null);
        }
        Sheet conduct = gradebook.sheet(actor, c.id(), SheetRef.conduct());
        SheetRow cr = conduct.row(pupilId).orElse(null);
        return new TransferDossier.YearRecord(yearLabel, c.name(), subjects, BookValues.level(y.learningHk1().level()),
                BookValues.level(y.learningHk2().level()), BookValues.level(y.learningYear().level()),
                cr == null ? null : cr.text(ColumnLayout.conduct(1)), cr == null ? null : cr.text(ColumnLayout.conduct(2)),
                BookValues.level(y.conductYear().level()), absences, outcome(y));
    }

    /** Circular 27: the subject's end-of-year level as entered ("CN Mức"). */
    private static String yearLevel(PupilResult r, Map<String, String> entered) {
        return r == null || r.tt27() == null ? null : entered.get("CN Mức");
    }

    private String outcome(StudentYearResult y) {
        if (y.promotion().completesLowerSecondary()) {
            return "Hoàn thành CT THCS";
        }
        return vi.get(y.promotion().outcome().labelKey());
    }
}
