package vn.sotruong.desktop.corrections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.correction.CorrectionItem;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.CorrectionService;
import vn.sotruong.core.correction.Evidence;
import vn.sotruong.core.correction.MinuteSigningService;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.gradebook.Column;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.DocumentOpener;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Biên bản sửa chữa điểm: the year's minutes (a teacher's own, all for the principal and the administrator) with a
 * status filter and each one's deadline; the chosen minute's cells, evidence and steps; and the step its reader may
 * take now: add evidence and submit (its drafter), approve or reject with a note (the principal), apply the approved
 * values (its drafter or the administrator). Every step is the service's; a refusal changes nothing.
 */
public final class CorrectionsViewModel {
    /** A status filter entry; {@code status} null = every minute. */
    public record Filter(MinuteStatus status, String label) {
    }

    /** A minute in the list. */
    public record MinuteRow(long id, String number, String className, String status, String draftedBy,
                            String draftedAt, String cells, String deadline, String reason, MinuteStatus state) {
    }

    /** One cell of the chosen minute: pupil, sheet, column, old → new. */
    public record ItemRow(String pupil, String sheet, String column, String oldValue, String newValue) {
    }

    /** One evidence file of the chosen minute. */
    public record EvidenceRow(long id, String name, String type, String size, String hash, String addedBy) {
    }

    /** One signature of the chosen minute: the block signed, who, when, the certificate's number. */
    public record SignatureRow(String role, String who, String at, String certificate) {
    }

    private final Session session;
    private final UiText text;
    private final CorrectionService corrections;
    private final SchoolYear year;
    private final MinuteNames names;
    private final List<Filter> filters = new ArrayList<>();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>();
    private final ObservableList<MinuteRow> minutes = FXCollections.observableArrayList();
    private final ObjectProperty<MinuteRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final StringProperty steps = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty mayAddEvidence = new SimpleBooleanProperty(false);
    private final BooleanProperty maySubmit = new SimpleBooleanProperty(false);
    private final BooleanProperty mayDecide = new SimpleBooleanProperty(false);
    private final BooleanProperty mayApply = new SimpleBooleanProperty(false);
    private final MinuteSigningViewModel signing;

    /**
     * @param signing the minutes' signing with the reports module's printer and PDF signer (the composition root's)
     * @param opener shows a PDF or an evidence file in the system's viewer
     */
    public CorrectionsViewModel(Session session, UiText text, MinuteSigningService signing, DocumentOpener opener) {
        this.session = session;
        this.text = text;
        this.corrections = session.services().corrections();
        this.signing = new MinuteSigningViewModel(session, text, signing, opener, selected::get, error, info,
                this::step, this::reload);
        this.year = session.currentYear().orElseThrow(() -> new DomainException("year.noneOpen"));
        this.names = new MinuteNames(session, text);
        filters.add(new Filter(null, text.t("minutes.filter.all")));
        for (MinuteStatus s : MinuteStatus.values()) {
            filters.add(new Filter(s, text.code(s.labelKey())));
        }
        filter.set(filters.getFirst());
        filter.addListener((o, a, f) -> reload());
        selected.addListener((o, a, m) -> showSelected());
        reload();
    }

    /** The list again (keeping the chosen minute when it is still listed). */
    public final void reload() {
        Long keep = selected.get() == null ? null : selected.get().id();
        try {
            List<MinuteRow> rows = new ArrayList<>();
            for (CorrectionMinute m : corrections.minutes(session.actor(), year.id()).reversed()) {
                if (filter.get().status() == null || filter.get().status() == m.status()) {
                    rows.add(row(m));
                }
            }
            minutes.setAll(rows);
        } catch (RuntimeException e) {
            minutes.clear();
            error.set(text.error(e));
        }
        selected.set(minutes.stream().filter(r -> keep != null && r.id() == keep).findFirst().orElse(null));
        showSelected();
    }

    private MinuteRow row(CorrectionMinute m) {
        String deadline;
        try {
            deadline = text.date(corrections.lastDay(m));
        } catch (RuntimeException e) {
            deadline = "—";
        }
        return new MinuteRow(m.id(), String.valueOf(m.number()), names.className(m.classId()),
                text.code(m.status().labelKey()), m.draftedBy(), text.dateTime(m.draftedAt(), Session.SCHOOL_ZONE),
                String.valueOf(m.items().size()), deadline, m.reason(), m.status());
    }

    private void showSelected() {
        items.clear();
        evidence.clear();
        steps.set("");
        CorrectionMinute m = current();
        boolean drafter = m != null && m.draftedBy().equals(session.actor().login());
        mayAddEvidence.set(m != null && drafter && m.status() == MinuteStatus.DRAFT);
        maySubmit.set(mayAddEvidence.get());
        mayDecide.set(m != null && m.status() == MinuteStatus.SUBMITTED && session.actor().has(Permission.RESULTS_APPROVE));
        mayApply.set(m != null && m.status() == MinuteStatus.APPROVED
                && (drafter || session.actor().has(Permission.LOCKS_MANAGE)));
        signing.show(m);
        if (m == null) {
            return;
        }
        for (CorrectionItem i : m.items()) {
            Column c = names.column(m.classId(), i);
            items.add(new ItemRow(names.pupil(m.classId(), i.cell().pupilId()), names.sheet(m.classId(), i), c.header(),
                    names.value(c, i.oldValue()), names.value(c, i.newValue())));
        }
        for (Evidence e : m.evidence()) {
            evidence.add(new EvidenceRow(e.id(), e.fileName(), e.mediaType(), text.t("minutes.evidence.kb",
                    Math.max(1, (e.sizeBytes() + 1023) / 1024)), e.sha256().substring(0, 16) + "…", e.addedBy()));
        }
        steps.set(steps(m));
    }

    private String steps(CorrectionMinute m) {
        List<String> lines = new ArrayList<>();
        lines.add(text.t("minutes.step.drafted", m.draftedBy(), text.dateTime(m.draftedAt(), Session.SCHOOL_ZONE)));
        if (m.submittedAt() != null) {
            lines.add(text.t("minutes.step.submitted", text.dateTime(m.submittedAt(), Session.SCHOOL_ZONE)));
        }
        if (m.decidedAt() != null) {
            lines.add(text.t("minutes.step." + (m.status() == MinuteStatus.REJECTED ? "rejected" : "approved"),
                    m.decidedBy(), text.dateTime(m.decidedAt(), Session.SCHOOL_ZONE)));
        }
        if (m.decisionNote() != null) {
            lines.add(text.t("minutes.step.note", m.decisionNote()));
        }
        if (m.appliedAt() != null) {
            lines.add(text.t("minutes.step.applied", m.appliedBy(), text.dateTime(m.appliedAt(), Session.SCHOOL_ZONE)));
        }
        return String.join("\n", lines);
    }

    private CorrectionMinute current() {
        MinuteRow r = selected.get();
        if (r == null) {
            return null;
        }
        try {
            return corrections.minute(session.actor(), r.id());
        } catch (RuntimeException e) {
            error.set(text.error(e));
            return null;
        }
    }

    /** Attaches a file chosen by the drafter (read here; the service checks it is a readable image or PDF). */
    public boolean addEvidence(Path file) {
        return step("minutes.done.evidence", id -> {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new DomainException("minutes.fileUnreadable", file.getFileName().toString());
            }
            corrections.addEvidence(session.actor(), id, file.getFileName().toString(), content);
        });
    }

    public boolean submit() {
        return step("minutes.done.submitted", id -> corrections.submit(session.actor(), id));
    }

    public boolean approve() {
        return step("minutes.done.approved", id -> corrections.approve(session.actor(), id, note.get()));
    }

    public boolean reject() {
        return step("minutes.done.rejected", id -> corrections.reject(session.actor(), id, note.get()));
    }

    public boolean apply() {
        return step("minutes.done.applied", id -> corrections.apply(session.actor(), id));
    }

    /** The chosen minute's signatures and the signing steps (Ký, Lưu trữ, Mở PDF, Mở minh chứng). */
    public MinuteSigningViewModel signing() {
        return signing;
    }

    /** One step on the chosen minute: refused = the message in {@code error}; done = the list again and {@code done}. */
    boolean step(String done, Consumer<Long> call) {
        MinuteRow r = selected.get();
        if (r == null) {
            error.set(text.t("minutes.chooseFirst"));
            return false;
        }
        info.set("");
        boolean ok = Attempt.run(text, error, () -> call.accept(r.id()));
        if (ok) {
            note.set("");
            reload();
            info.set(text.t(done, r.number()));
        }
        return ok;
    }

    public String title() {
        return text.t("minutes.title", year.label());
    }

    public List<Filter> filters() {
        return filters;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObservableList<MinuteRow> minutes() {
        return minutes;
    }

    public ObjectProperty<MinuteRow> selectedProperty() {
        return selected;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObservableList<EvidenceRow> evidence() {
        return evidence;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    /** The principal's note (required to reject). */
    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public BooleanProperty mayAddEvidenceProperty() {
        return mayAddEvidence;
    }

    public BooleanProperty maySubmitProperty() {
        return maySubmit;
    }

    public BooleanProperty mayDecideProperty() {
        return mayDecide;
    }

    public BooleanProperty mayApplyProperty() {
        return mayApply;
    }
}
