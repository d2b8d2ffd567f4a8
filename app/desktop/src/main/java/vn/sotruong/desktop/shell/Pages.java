package vn.sotruong.desktop.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.security.Permission;
import vn.sotruong.desktop.accounts.AccountsView;
import vn.sotruong.desktop.attendance.AttendanceView;
import vn.sotruong.desktop.attendance.AttendanceViewModel;
import vn.sotruong.desktop.accounts.AccountsViewModel;
import vn.sotruong.desktop.accounts.LockStatus;
import vn.sotruong.desktop.audit.AuditView;
import vn.sotruong.desktop.audit.AuditViewModel;
import vn.sotruong.desktop.backup.BackupFiles;
import vn.sotruong.desktop.backup.BackupSettingsViewModel;
import vn.sotruong.desktop.backup.BackupView;
import vn.sotruong.desktop.backup.BackupViewModel;
import vn.sotruong.desktop.backup.ReminderBanner;
import vn.sotruong.desktop.backup.ReminderTexts;
import vn.sotruong.desktop.backup.VerifyViewModel;
import vn.sotruong.desktop.classes.ClassesView;
import vn.sotruong.desktop.classes.ClassesViewModel;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.corrections.CorrectionsView;
import vn.sotruong.desktop.corrections.CorrectionsViewModel;
import vn.sotruong.desktop.locks.LocksView;
import vn.sotruong.desktop.locks.LocksViewModel;
import vn.sotruong.desktop.common.PlaceholderPage;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.gradebook.GradebookView;
import vn.sotruong.desktop.gradebook.GradebookViewModel;
import vn.sotruong.desktop.home.HomeView;
import vn.sotruong.desktop.home.HomeViewModel;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.permissions.PermissionsView;
import vn.sotruong.desktop.permissions.PermissionsViewModel;
import vn.sotruong.desktop.registers.RegistersView;
import vn.sotruong.desktop.registers.RegistersViewModel;
import vn.sotruong.desktop.registers.ReprintTile;
import vn.sotruong.desktop.registers.ReprintTileViewModel;
import vn.sotruong.desktop.pupils.PupilsView;
import vn.sotruong.desktop.pupils.PupilsViewModel;
import vn.sotruong.desktop.review.ReviewView;
import vn.sotruong.desktop.review.ReviewViewModel;
import vn.sotruong.desktop.results.ClassSummaryViewModel;
import vn.sotruong.desktop.settings.SettingsView;
import vn.sotruong.desktop.settings.SettingsViewModel;
import vn.sotruong.desktop.staff.StaffView;
import vn.sotruong.desktop.staff.StaffViewModel;
import vn.sotruong.desktop.year.YearView;
import vn.sotruong.desktop.year.YearViewModel;

/** Builds the page of a navigation item, fresh each time it is opened so it shows current data. */
final class Pages {
    private final Session session;
    private final UiText text;
    private final ShellActions actions;
    private final java.util.function.Consumer<NavItem> open;
    /** The cells the next Sổ điểm page opens on (mở ô from a review finding); null otherwise. */
    private vn.sotruong.core.review.FindingCells findingCells;

    Pages(Session session, UiText text, ShellActions actions, java.util.function.Consumer<NavItem> open) {
        this.session = session;
        this.text = text;
        this.actions = actions;
        this.open = open;
    }

    Node create(NavItem item) {
        try {
            return switch (item) {
                case HOME -> new HomeView(new HomeViewModel(session, text), text, homeNotices()).root();
                case YEAR -> new YearView(new YearViewModel(session, text, actions.backups()::beforeRollover), text).root();
                case CLASSES -> new ClassesView(new ClassesViewModel(session, text), text).root();
                case ACCOUNTS -> new AccountsView(new AccountsViewModel(session, lockStatus(), text), text).root();
                case PERMISSIONS -> new PermissionsView(new PermissionsViewModel(session, text), text).root();
                case AUDIT -> new AuditView(new AuditViewModel(session, text),
                        text).root();
                case STAFF -> new StaffView(new StaffViewModel(session, text), text).root();
                case SETTINGS -> new SettingsView(new SettingsViewModel(session, text), text).root();
                case PUPILS -> new PupilsView(new PupilsViewModel(session, text), text).root();
                case REVIEW -> new ReviewView(new ReviewViewModel(session, text, this::openCells), text).root();
                case LOCKS -> new LocksView(new LocksViewModel(session, text), text).root();
                case CORRECTIONS -> new CorrectionsView(new CorrectionsViewModel(session, text, actions.minuteSigning(),
                        actions.documents()), text).root();
                case SIGNING -> new vn.sotruong.desktop.signing.SigningKeysView(
                        new vn.sotruong.desktop.signing.SigningKeysViewModel(session, text), text).root();
                case ATTENDANCE -> new AttendanceView(AttendanceViewModel.local(session, text), text).root();
                case GRADEBOOK -> gradebook();
                case BACKUP -> new BackupView(new BackupViewModel(session, actions.backups(),
                        BackupFiles.forThisMachine(), text), new VerifyViewModel(session, actions.backups(), text),
                        new BackupSettingsViewModel(session, actions.backups(), text), text).root();
                case WORKSTATIONS -> new vn.sotruong.desktop.lan.WorkstationsView(
                        new vn.sotruong.desktop.lan.WorkstationsViewModel(session, actions.lanHost().store(),
                                actions.lanHost(), text), text).root();
                case REGISTERS -> registers(session, actions, text);
                default -> PlaceholderPage.of(text, text.t(item.labelKey()), icon(item));
            };
        } catch (RuntimeException e) {
            // a refused or failed page says why instead of leaving the window half drawn
            Label l = new Label(text.error(e));
            l.setId("page-error");
            l.setWrapText(true);
            l.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
            return Fx.page(Fx.title(text.t(item.labelKey())), l);
        }
    }

    /** Sổ điểm, opened on a review finding's cells when "Mở ô" led here. */
    private Node gradebook() {
        GradebookViewModel vm = new GradebookViewModel(session, text);
        Node page = new GradebookView(vm, new ClassSummaryViewModel(session, text), text).root();
        vn.sotruong.core.review.FindingCells target = findingCells;
        findingCells = null;
        if (target != null) {
            vm.show(target);
        }
        return page;
    }

    /** Mở ô on the Rà soát page: the Sổ điểm page opened on the finding's class, sheet and cells. */
    private void openCells(vn.sotruong.core.review.FindingCells cells) {
        findingCells = cells;
        open.accept(NavItem.GRADEBOOK);
    }

    /** What the home page shows above its cards: the backup reminders and the books to print again. */
    private Node homeNotices() {
        Node backups = backupReminders();
        if (!session.actor().has(Permission.REGISTERS_PRINT)) {
            return backups;
        }
        Node reprint = ReprintTile.of(new ReprintTileViewModel(session, session.services().printStatus()), text,
                () -> open.accept(NavItem.REGISTERS));
        return backups == null ? reprint : new javafx.scene.layout.VBox(14, backups, reprint);
    }

    /** For those who back up: the reminders due, with a way to the Sao lưu page; nothing for anyone else. */
    private Node backupReminders() {
        if (!session.actor().has(Permission.BACKUP)) {
            return null;
        }
        javafx.scene.control.Button go = Fx.button("home-reminders-open", text.t("backup.reminder.open"), icon(NavItem.BACKUP));
        go.setOnAction(e -> open.accept(NavItem.BACKUP));
        return ReminderBanner.of("home-reminders", text.t("backup.reminder.title"),
                ReminderTexts.of(actions.backups().reminders(), text), Fx.buttons(go));
    }

    private LockStatus lockStatus() {
        return login -> session.services().accounts().lockedUntil(session.actor(), login);
    }

    static Ikon icon(NavItem item) {
        return switch (item) {
            case HOME -> Material2OutlinedAL.HOME;
            case YEAR -> Material2OutlinedAL.EVENT_NOTE;
            case CLASSES -> Material2OutlinedAL.CLASS;
            case PUPILS -> Material2OutlinedMZ.SCHOOL;
            case ATTENDANCE -> Material2OutlinedAL.FACT_CHECK;
            case GRADEBOOK -> Material2OutlinedAL.GRADING;
            case REVIEW -> Material2OutlinedAL.INSIGHTS;
            case LOCKS -> Material2OutlinedAL.LOCK;
            case CORRECTIONS -> Material2OutlinedMZ.RATE_REVIEW;
            case SIGNING -> Material2OutlinedMZ.VPN_KEY;
            case REGISTERS -> Material2OutlinedMZ.PRINT;
            case BACKUP -> Material2OutlinedAL.BACKUP;
            case ACCOUNTS -> Material2OutlinedMZ.PEOPLE;
            case PERMISSIONS -> Material2OutlinedMZ.SECURITY;
            case AUDIT -> Material2OutlinedAL.HISTORY;
            case STAFF -> Material2OutlinedAL.GROUPS;
            case SETTINGS -> Material2OutlinedMZ.SETTINGS;
            case WORKSTATIONS -> Material2OutlinedAL.COMPUTER;
            case HEALTH -> Material2OutlinedAL.LOCAL_HOSPITAL;
            case LIBRARY -> Material2OutlinedAL.LOCAL_LIBRARY;
            case EQUIPMENT -> Material2OutlinedAL.BUILD;
            case FINANCE -> Material2OutlinedAL.ACCOUNT_BALANCE;
        };
    }

    /** In sổ: the print form and ledger; beside it the tab "Danh mục hồ sơ" (ADR 0030). */
    private static Node registers(Session session, ShellActions actions, UiText text) {
        var signing = session.services().bookSigning(actions.registerPrinter(), actions.pdfSignatures());
        javafx.scene.control.Tab print = new javafx.scene.control.Tab(text.t("registers.tab.print"),
                new RegistersView(new RegistersViewModel(session, session.services().registers(actions.registerPrinter()),
                        session.services().printStatus(), signing, text),
                        new vn.sotruong.desktop.registers.PreviewViewModel(session.background(), actions.pageImages(),
                                text),
                        new vn.sotruong.desktop.registers.PaperPrintViewModel(session,
                                session.services().paperPrint(actions.paperPrinter()), text), text).root());
        javafx.scene.control.Tab catalogue = new javafx.scene.control.Tab(text.t("registers.tab.catalogue"));
        catalogue.setId("registers-tab-catalogue");
        // the catalogue checks every printed book: made when its tab is first opened
        catalogue.setOnSelectionChanged(e -> {
            if (catalogue.isSelected() && catalogue.getContent() == null) {
                catalogue.setContent(new vn.sotruong.desktop.registers.CatalogueView(
                        new vn.sotruong.desktop.registers.CatalogueViewModel(session,
                                session.services().recordCatalogue(), signing, text), text).root());
            }
        });
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(print, catalogue);
        tabs.setId("registers-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
