package vn.sotruong.core.app;

import java.time.Clock;
import vn.sotruong.core.deadline.EntryProgressService;
import vn.sotruong.core.deadline.YearPlanService;
import java.util.List;
import vn.sotruong.core.correction.ApprovedCorrections;
import vn.sotruong.core.correction.CorrectionService;
import vn.sotruong.core.gradebook.CellLocks;
import vn.sotruong.core.gradebook.ClassBooks;
import vn.sotruong.core.locks.LockService;
import vn.sotruong.core.review.MonthlyNoteService;
import vn.sotruong.core.review.ReviewService;
import vn.sotruong.core.rollover.RolloverService;
import vn.sotruong.core.gradebook.GradebookService;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.attendance.AttendanceService;
import vn.sotruong.core.organisation.OrganisationService;
import vn.sotruong.core.pupil.MovementService;
import vn.sotruong.core.pupil.PupilService;
import vn.sotruong.core.registers.RegisterBooks;
import vn.sotruong.core.registers.RegisterPrinter;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.core.school.SchoolSetupService;
import vn.sotruong.core.school.SettingsService;
import vn.sotruong.core.audit.AuditService;
import vn.sotruong.core.security.AccountService;
import vn.sotruong.core.security.AuthService;
import vn.sotruong.core.year.YearService;
import vn.sotruong.core.audit.AuditCheckpoints;
import vn.sotruong.core.correction.MinutePrinter;
import vn.sotruong.core.correction.MinuteSigningService;
import vn.sotruong.core.signature.PdfSignatures;
import vn.sotruong.core.signature.SignatureService;

/** The use-case services over one store. Built once by the composition root; not a singleton. */
public final class CoreServices {
    private final CoreStores stores;
    private final AuthService auth;
    private final AccountService accounts;
    private final YearService years;
    private final OrganisationService organisation;
    private final SchoolSetupService setup;
    private final SchoolSettings settings;
    private final SettingsService settingsService;
    private final AuditService audit;
    private final PupilService pupils;
    private final MovementService movements;
    private final GradebookService gradebook;
    private final ResultsService results;
    private final EntryProgressService progress;
    private final LockService locks;
    private final CorrectionService corrections;
    private final RolloverService rollover;
    private final ReviewService review;
    private final MonthlyNoteService notes;
    private final YearPlanService plan;
    private final AttendanceService attendance;
    private final vn.sotruong.core.pupil.PupilPhotoService photos;
    private final vn.sotruong.core.registers.TransferDossierService dossiers;
    private final vn.sotruong.core.notice.ParentNoticeService parentNotices;
    private final SignatureService signatures;
    private final Clock clock;

    public CoreServices(CoreStores s, Clock clock) {
        this.stores = s;
        this.clock = clock;
        this.settings = new SchoolSettings(s.settings());
        this.auth = new AuthService(s.accounts(), s.throttles(), s.permissions(), settings, s.passwordHasher(),
                s.audit(), s.transactions(), clock);
        this.accounts = new AccountService(s.accounts(), s.throttles(), s.permissions(), s.organisation(), settings,
                s.passwordHasher(), s.audit(), s.transactions(), clock);
        this.years = new YearService(s.years(), s.subjects(), s.school(), s.audit(), s.transactions());
        this.organisation = new OrganisationService(s.organisation(), s.years(), s.school(), s.audit(),
                s.transactions());
        this.settingsService = new SettingsService(s.settings(), s.audit(), s.transactions());
        this.audit = new AuditService(s.audit(), new AuditCheckpoints(s.audit(), s.checkpoints(), s.authority(), clock));
        this.pupils = new PupilService(s.pupils(), s.enrolments(), s.organisation(), s.years(), s.audit(),
                s.transactions(), clock);
        this.movements = new MovementService(s.pupils(), s.enrolments(), s.organisation(), s.audit(),
                s.transactions());
        this.attendance = new AttendanceService(s.attendance(), s.pupils(), s.enrolments(), s.organisation(), s.years(),
                settings, s.audit(), s.transactions());
        ClassBooks books = new ClassBooks(s.organisation(), s.years(), s.school(), s.subjects(), s.pupils(),
                s.enrolments(), s.gradebook());
        this.progress = new EntryProgressService(books, s.organisation(), s.years(), s.settings(), s.gradebook());
        this.locks = new LockService(s.locks(), s.settings(), progress::dueDates, s.audit(), s.transactions(), clock);
        ApprovedCorrections approved = new ApprovedCorrections(s.corrections());
        CellLocks cellLocks = new EnforcedCellLocks(locks, approved);
        this.gradebook = new GradebookService(books, s.organisation(), s.gradebook(), cellLocks, s.audit(),
                s.transactions(), clock);
        this.corrections = new CorrectionService(s.corrections(), gradebook, progress::dueDates, s.audit(),
                s.transactions(), clock);
        this.results = new ResultsService(books, s.organisation(), s.gradebook(), s.attendance(),
                s.audit(), s.transactions(), clock);
        this.review = new ReviewService(results, s.gradebook(), s.organisation(), s.subjects(), s.enrolments(), progress,
                s.settings(), s.accounts());
        this.notes = new MonthlyNoteService(s.notes(), s.organisation(), s.audit(), s.transactions(), clock);
        this.plan = new YearPlanService(progress, s.years(), s.school(), s.organisation(), s.notes());
        this.rollover = new RolloverService(years, s.organisation(), s.enrolments(), results, s.school(), s.audit(),
                s.transactions());
        this.photos = new vn.sotruong.core.pupil.PupilPhotoService(pupils, s.photos(), s.audit(), s.transactions(),
                clock);
        this.dossiers = new vn.sotruong.core.registers.TransferDossierService(s.school(), years, s.organisation(),
                pupils, s.pupils(), s.enrolments(), gradebook, results, s.photos(), s.audit(), s.transactions(),
                clock);
        this.parentNotices = new vn.sotruong.core.notice.ParentNoticeService(s.organisation(), s.pupils(),
                s.enrolments(), attendance, gradebook, s.gradebook(), s.parentNotices(), s.school(), s.audit(),
                s.transactions(), clock);
        this.signatures = new SignatureService(s.authority(), s.certificates(), s.signingKeys(), s.accounts(), s.school(),
                s.audit(), s.transactions(), clock);
        this.setup = new SchoolSetupService(s.school(), s.permissions(), years, accounts, s.audit(), s.transactions());
    }

    public AuthService auth() {
        return auth;
    }

    public AccountService accounts() {
        return accounts;
    }

    public YearService years() {
        return years;
    }

    public OrganisationService organisation() {
        return organisation;
    }

    public SchoolSetupService setup() {
        return setup;
    }

    public SchoolSettings settings() {
        return settings;
    }

    /** Changing settings (administrator). */
    public SettingsService settingsService() {
        return settingsService;
    }

    public AuditService audit() {
        return audit;
    }

    /** Pupil records, class lists, the import and the sổ đăng bộ. */
    public PupilService pupils() {
        return pupils;
    }

    /** Enrolments and movements (transfers, dropouts, class changes, returns). */
    public MovementService movements() {
        return movements;
    }

    /** Sổ điểm: the entry sheets of each class. */
    public GradebookService gradebook() {
        return gradebook;
    }

    /** Results computed from the gradebook, what is missing, and their approval. */
    public ResultsService results() {
        return results;
    }

    /** Entry progress against the school's deadlines. */
    public EntryProgressService progress() {
        return progress;
    }

    /** Khóa sổ điểm: lock and open decisions, and the automatic locks at the deadlines. */
    public LockService locks() {
        return locks;
    }

    /** Biên bản sửa chữa điểm: drafting, approving and applying corrections. */
    public CorrectionService corrections() {
        return corrections;
    }

    /** Chuyển năm học: the next year's classes and the pupils placed by their year results. */
    public RolloverService rollover() {
        return rollover;
    }

    /** The vice-principal's review: score distributions and the anomaly scan. */
    public ReviewService review() {
        return review;
    }

    /** Nhận xét hằng tháng in each class's book. */
    public MonthlyNoteService notes() {
        return notes;
    }

    /** The year's record-keeping plan: each role's due items, and what is overdue for the principal. */
    public YearPlanService plan() {
        return plan;
    }

    /** Điểm danh: a class's days and months, the DIEMDANH import, term and year totals. */
    public AttendanceService attendance() {
        return attendance;
    }

    /**
     * Printing registers (sổ sách in) with the given printer: the composition root passes the reports module's,
     * so core never sees the layout library.
     */
    public RegisterService registers(RegisterPrinter printer) {
        return new RegisterService(registerBooks(), printer, stores.printLedger(), stores.audit(), stores.transactions(),
                clock);
    }

    /** In ra máy in: books in the ledger sent to the operating system's printers through the given port (ADR 0040). */
    public vn.sotruong.core.registers.PaperPrintService paperPrint(vn.sotruong.core.registers.PaperPrinter printer) {
        return new vn.sotruong.core.registers.PaperPrintService(stores.printLedger(), printer, stores.audit(),
                stores.transactions());
    }

    /**
     * Ký số sổ, đóng quyển, lưu trữ: the principal's signature of printed books and the clerk's binding and
     * archiving, with the reports module's printer and PDF signer.
     */
    public vn.sotruong.core.registers.BookSigningService bookSigning(RegisterPrinter printer, PdfSignatures pdf) {
        return new vn.sotruong.core.registers.BookSigningService(new vn.sotruong.core.registers.BookSigningService.Parts(
                registerBooks(), printer, stores.printLedger(), results, stores.organisation(), stores.school(),
                signatures, stores.authority(), pdf, stores.audit(), stores.transactions(), clock));
    }

    /** Danh mục hồ sơ: the books the school keeps for a year and how far each has come. */
    public vn.sotruong.core.registers.RecordCatalogueService recordCatalogue() {
        return new vn.sotruong.core.registers.RecordCatalogueService(
                new vn.sotruong.core.registers.RecordCatalogueService.Parts(stores.school(), years,
                        stores.organisation(), stores.printLedger(), printStatus(), results, clock));
    }

    /** Sổ cần in lại: which printed books are out of date since they were printed. */
    public PrintStatusService printStatus() {
        return new PrintStatusService(registerBooks(), stores.printLedger(), stores.corrections(), stores.organisation());
    }

    private RegisterBooks registerBooks() {
        return new RegisterBooks(stores.school(), years, organisation, stores.organisation(), gradebook,
                stores.gradebook(), results, pupils, stores.pupils(), stores.notes(), attendance, stores.accounts(),
                stores.enrolments(), stores.photos());
    }

    /** Ảnh học sinh: the optional photo on a pupil's record (with the parents' consent). */
    public vn.sotruong.core.pupil.PupilPhotoService photos() {
        return photos;
    }

    /** Hồ sơ chuyển trường: the dossier of a pupil who transferred out, written by the given writers. */
    public vn.sotruong.core.registers.TransferDossierService dossiers() {
        return dossiers;
    }

    /** Thông báo gửi cha mẹ học sinh: weekly or monthly notices per pupil, slips or CSV, and their history. */
    public vn.sotruong.core.notice.ParentNoticeService parentNotices() {
        return parentNotices;
    }

    /** Chữ ký số: the school's certificate authority and the staff's signing keys. */
    public SignatureService signatures() {
        return signatures;
    }

    /**
     * Signing correction minutes, with the reports module's layout and PDF signer (the composition root passes them,
     * so core never sees PDFBox or JasperReports).
     */
    public MinuteSigningService minuteSigning(MinutePrinter printer, PdfSignatures pdf) {
        return new MinuteSigningService(new MinuteSigningService.Parts(corrections, stores.corrections(),
                stores.minuteSignatures(), gradebook, stores.school(), stores.accounts(), signatures, stores.authority(),
                printer, pdf, stores.audit(), stores.transactions(), clock));
    }

    /** The stores themselves, for the composition root and the demo generator only. */
    public CoreStores stores() {
        return stores;
    }
}
