package vn.sotruong.desktop.classes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.organisation.OrganisationService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.organisation.TeachingAssignment;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Phân công giảng dạy of one class: every subject its grade studies with its teacher, and the homeroom
 * teacher. Only for those who manage assignments; the services check the right on every change.
 */
public final class AssignmentEditorViewModel {
    /** A subject of the class's grade and who teaches it (null when nobody does yet). */
    public record SubjectRow(Subject subject, int periods, Choice teacher) {
    }

    private final Session session;
    private final OrganisationService organisation;
    private final UiText text;
    private final long yearId;
    private final Runnable changed;
    private final ObjectProperty<SchoolClass> schoolClass = new SimpleObjectProperty<>();
    private final ObservableList<SubjectRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice> teachers = FXCollections.observableArrayList();
    private final ObservableList<Choice> homeroomChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> homeroom = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    /** @param changed told after each accepted change, so the class list shows the new homeroom */
    AssignmentEditorViewModel(Session session, UiText text, long yearId, Runnable changed) {
        this.session = session;
        this.organisation = session.services().organisation();
        this.text = text;
        this.yearId = yearId;
        this.changed = changed;
        List<Choice> active = organisation.staff(session.actor()).stream().filter(StaffMember::active)
                .map(m -> new Choice(m.id(), m.fullName())).toList();
        teachers.setAll(active);
        homeroomChoices.setAll(Choice.withNone(text.t("classes.homeroom.none"), active));
    }

    /** Shows the class (null: none selected). */
    public void select(SchoolClass c) {
        // the same class again (the list was reloaded after a change) keeps the change's message
        boolean same = c != null && schoolClass.get() != null && schoolClass.get().id() == c.id();
        schoolClass.set(c);
        if (!same) {
            error.set("");
            info.set("");
        }
        refresh();
    }

    private void refresh() {
        SchoolClass c = schoolClass.get();
        if (c == null) {
            rows.clear();
            homeroom.set(null);
            return;
        }
        // the class as stored now: its homeroom may have just changed
        SchoolClass current = organisation.requireClass(session.actor(), c.id());
        Map<Long, Long> teacherOf = organisation.assignments(session.actor(), yearId).stream()
                .filter(a -> a.classId() == c.id())
                .collect(Collectors.toMap(TeachingAssignment::subjectId, TeachingAssignment::staffId, (a, b) -> b));
        rows.setAll(session.services().years().subjects(yearId).stream().filter(s -> s.taughtIn(c.grade()))
                .sorted(Comparator.comparingInt(Subject::sortOrder))
                .map(s -> new SubjectRow(s, s.periodsPerGrade().get(c.grade()),
                        teacherOf.containsKey(s.id()) ? Choice.find(teachers, teacherOf.get(s.id())) : null))
                .toList());
        homeroom.set(Choice.find(homeroomChoices, current.homeroomStaffId()));
    }

    /** Gives the subject of the selected class to {@code teacher}; true when the service accepted it. */
    public boolean assign(Subject subject, Choice teacher) {
        SchoolClass c = schoolClass.get();
        if (c == null || teacher == null || teacher.isNone()) {
            return false;
        }
        return act(() -> organisation.assign(session.actor(), yearId, c.id(), subject.id(), teacher.id()),
                text.t("assign.saved", subject.name(), c.name(), teacher.label()));
    }

    public boolean saveHomeroom() {
        SchoolClass c = schoolClass.get();
        Choice h = homeroom.get();
        if (c == null || h == null) {
            return false;
        }
        return act(() -> organisation.setHomeroom(session.actor(), c.id(), h.id()),
                text.t("assign.homeroomSaved", c.name(), h.label()));
    }

    private boolean act(Runnable call, String success) {
        info.set("");
        boolean ok = Attempt.run(text, error, call);
        if (ok) {
            info.set(success);
            changed.run();
        }
        refresh();
        return ok;
    }

    public ObjectProperty<SchoolClass> schoolClassProperty() {
        return schoolClass;
    }

    public ObservableList<SubjectRow> rows() {
        return rows;
    }

    public ObservableList<Choice> teachers() {
        return teachers;
    }

    public ObservableList<Choice> homeroomChoices() {
        return homeroomChoices;
    }

    public ObjectProperty<Choice> homeroomProperty() {
        return homeroom;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
