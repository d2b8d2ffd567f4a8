package vn.sotruong.desktop.year;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.rollover.Placement;
import vn.sotruong.core.rollover.RolloverPlan;
import vn.sotruong.core.rollover.RolloverService;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;
import vn.sotruong.desktop.pupils.PupilImportViewModel;

/**
 * Chuyển năm học for the administrator: the plan {@link RolloverService} makes (the next year's classes, each
 * pupil promoted, retained or completing the programme, what blocks it), then the rollover itself after a
 * confirmation, and the pupil import of the new intake classes.
 */
public final class RolloverViewModel {
    /** A class of the next year; {@code from} is the class moving up into it, or the intake note. */
    public record ClassLine(String grade, String name, String from) {
    }

    public record PupilLine(String code, String name, String fromClass, String decision, String toClass,
                            boolean undecided) {
    }

    private final Session session;
    private final UiText text;
    private final RolloverService rollover;
    private final ObservableList<ClassLine> classes = FXCollections.observableArrayList();
    private final vn.sotruong.core.rollover.SafetyBackup backup;
    private final ObservableList<PupilLine> pupils = FXCollections.observableArrayList();
    private final ObservableList<SchoolClass> intakeClasses = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty blocked = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    /** The plan shown and the year it rolls over from (the view model's state: final holders, set on load). */
    private final javafx.beans.property.ObjectProperty<RolloverPlan> shown = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.ObjectProperty<Long> fromYear = new javafx.beans.property.SimpleObjectProperty<>();

    /** @param backup the automatic backup made after the plan's checks and before the rollover changes anything */
    public RolloverViewModel(Session session, UiText text, vn.sotruong.core.rollover.SafetyBackup backup) {
        this.backup = backup;
        this.session = session;
        this.text = text;
        this.rollover = session.services().rollover();
    }

    /** Makes the plan for the current year again (results may have been approved since). */
    public void load() {
        Optional<SchoolYear> year = session.currentYear();
        error.set("");
        if (year.isEmpty()) {
            summary.set(text.t("rollover.ui.noYear"));
            return;
        }
        fromYear.set(year.get().id());
        Attempt.run(text, error, () -> show(rollover.plan(session.actor(), fromYear.get())));
    }

    private void show(RolloverPlan p) {
        shown.set(p);
        classes.setAll(p.classes().stream().map(c -> new ClassLine(String.valueOf(c.grade()), c.name(),
                c.fromClass() == null ? text.t("rollover.ui.intake") : c.fromClass())).toList());
        pupils.setAll(p.placements().stream().map(pl -> new PupilLine(pl.pupil().code(), pl.pupil().fullName(),
                pl.fromClass(), text.code(pl.decision().labelKey()), pl.toClass() == null ? "—" : pl.toClass(),
                pl.decision() == Placement.Decision.UNDECIDED)).toList());
        String next = SchoolYear.label(p.nextStartYear());
        summary.set(text.t("rollover.ui.summary", next, p.count(Placement.Decision.PROMOTED),
                p.count(Placement.Decision.RETAINED), p.count(Placement.Decision.COMPLETED),
                p.count(Placement.Decision.UNDECIDED), p.classes().size()));
        List<String> reasons = new java.util.ArrayList<>();
        if (rollover.alreadyDone(p)) {
            reasons.add(text.code("rollover.alreadyDone", next));
        }
        if (!p.unapprovedClasses().isEmpty()) {
            reasons.add(text.code("rollover.resultsNotApproved",
                    String.join(", ", p.unapprovedClasses())));
        }
        long undecided = p.count(Placement.Decision.UNDECIDED);
        if (undecided > 0) {
            reasons.add(text.t("rollover.ui.undecided", undecided));
        }
        blocked.set(String.join("\n", reasons));
        ready.set(reasons.isEmpty());
    }

    /** The confirmation question: what the rollover will create and move. */
    public String question() {
        RolloverPlan plan = shown.get();
        return text.t("rollover.ui.confirm.question", SchoolYear.label(plan.nextStartYear()), plan.classes().size(),
                plan.count(Placement.Decision.PROMOTED) + plan.count(Placement.Decision.RETAINED),
                plan.count(Placement.Decision.COMPLETED));
    }

    /**
     * Carries the rollover out (the service makes the plan again and refuses when blocked or already done: nothing
     * changes then); afterwards the intake classes are offered for the pupil import.
     */
    public boolean execute() {
        RolloverPlan plan = shown.get();
        if (fromYear.get() == null || plan == null) {
            return false;
        }
        boolean ok = Attempt.run(text, error, () -> {
            long next = rollover.execute(session.actor(), fromYear.get(), backup);
            List<String> intake = plan.classes().stream().filter(c -> c.fromClass() == null)
                    .map(RolloverPlan.NewClass::name).toList();
            intakeClasses.setAll(session.services().organisation().classes(session.actor(), next).stream()
                    .filter(c -> intake.contains(c.name())).toList());
            info.set(text.t("rollover.ui.executed", SchoolYear.label(plan.nextStartYear()), String.join(", ", intake)));
        });
        if (ok) {
            ready.set(false);
            blocked.set("");
        }
        return ok;
    }

    /** The pupil import (sheet HOCSINH) into an intake class of the new year. */
    public PupilImportViewModel intakeImport(SchoolClass intakeClass, Consumer<String> onImported) {
        return new PupilImportViewModel(session, text, intakeClass, message -> {
            info.set(message);
            onImported.accept(message);
        });
    }

    public ObservableList<ClassLine> classes() {
        return classes;
    }

    public ObservableList<PupilLine> pupils() {
        return pupils;
    }

    public ObservableList<SchoolClass> intakeClasses() {
        return intakeClasses;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty blockedProperty() {
        return blocked;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }
}
