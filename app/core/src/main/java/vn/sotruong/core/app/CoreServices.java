package vn.sotruong.core.app;

import java.time.Clock;
import vn.sotruong.core.attendance.AttendanceService;
import vn.sotruong.core.organisation.OrganisationService;
import vn.sotruong.core.pupil.MovementService;
import vn.sotruong.core.pupil.PupilService;
import vn.sotruong.core.school.SchoolSettings;
import vn.sotruong.core.school.SchoolSetupService;
import vn.sotruong.core.school.SettingsService;
import vn.sotruong.core.audit.AuditService;
import vn.sotruong.core.security.AccountService;
import vn.sotruong.core.security.AuthService;
import vn.sotruong.core.year.YearService;

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
    private final AttendanceService attendance;

    public CoreServices(CoreStores s, Clock clock) {
        this.stores = s;
        this.settings = new SchoolSettings(s.settings());
        this.auth = new AuthService(s.accounts(), s.throttles(), s.permissions(), settings, s.passwordHasher(),
                s.audit(), s.transactions(), clock);
        this.accounts = new AccountService(s.accounts(), s.throttles(), s.permissions(), s.organisation(), settings,
                s.passwordHasher(), s.audit(), s.transactions(), clock);
        this.years = new YearService(s.years(), s.subjects(), s.school(), s.audit(), s.transactions());
        this.organisation = new OrganisationService(s.organisation(), s.years(), s.school(), s.audit(),
                s.transactions());
        this.settingsService = new SettingsService(s.settings(), s.audit(), s.transactions());
        this.audit = new AuditService(s.audit());
        this.pupils = new PupilService(s.pupils(), s.enrolments(), s.organisation(), s.years(), s.audit(),
                s.transactions(), clock);
        this.movements = new MovementService(s.pupils(), s.enrolments(), s.organisation(), s.audit(),
                s.transactions());
        this.attendance = new AttendanceService(s.attendance(), s.pupils(), s.enrolments(), s.organisation(), s.years(),
                settings, s.audit(), s.transactions());
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

    /** Điểm danh: a class's days and months, the DIEMDANH import, term and year totals. */
    public AttendanceService attendance() {
        return attendance;
    }

    /** The stores themselves, for the composition root and the demo generator only. */
    public CoreStores stores() {
        return stores;
    }
}
