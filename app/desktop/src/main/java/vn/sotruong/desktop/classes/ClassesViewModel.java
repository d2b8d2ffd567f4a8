package vn.sotruong.desktop.classes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Lớp học: the classes of the current year the signed-in person may see (the service decides:
 * a subject teacher sees only their classes) and who teaches what in them.
 */
public final class ClassesViewModel {
    /** @param size sĩ số: the pupils in the class now */
    public record ClassRow(SchoolClass schoolClass, String homeroom, int size) {
    }

    public record AssignmentRow(long classId, String className, String subject, String teacher) {
    }

    private final Session session;
    private final OrganisationService organisation;
    private final UiText text;
    private final Optional<SchoolYear> year;
    private final ObservableList<ClassRow> classes = FXCollections.observableArrayList();
    private final ObservableList<AssignmentRow> assignments = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> newGrade = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<StaffMember> newHomeroom = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public ClassesViewModel(Session session, UiText text) {
        this.session = session;
        this.organisation = session.services().organisation();
        this.text = text;
        this.year = session.currentYear();
        List<Integer> grades = grades();
        if (!grades.isEmpty()) {
            newGrade.set(grades.getFirst());
        }
        reload();
    }

    public final void reload() {
        if (year.isEmpty()) {
            return;
        }
        long yearId = year.get().id();
        boolean seesStaff = session.actor().has(Permission.STAFF_VIEW);
        staff.setAll(seesStaff ? organisation.staff(session.actor()) : List.of());
        Map<Long, String> names = staff.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        // without the staff list a teacher still recognises their own name
        names.putIfAbsent(session.actor().staffId(), session.actor().fullName());
        // someone else's name is not shown without the right to see staff; that there is one is
        String assigned = text.t("classes.homeroom.assigned");
        Function<Long, String> nameOf = id -> id == null ? "—" : names.getOrDefault(id, assigned);

        List<SchoolClass> visible = organisation.classes(session.actor(), yearId);
        // one class list per class: a school has a few dozen classes (no per-year count in PupilService yet)
        var pupils = session.services().pupils();
        classes.setAll(visible.stream().map(c -> new ClassRow(c, nameOf.apply(c.homeroomStaffId()),
                pupils.classList(session.actor(), c.id()).size())).toList());
        Map<Long, SchoolClass> byId = visible.stream().collect(Collectors.toMap(SchoolClass::id, c -> c));
        Map<Long, Subject> subjects = session.services().years().subjects(yearId).stream()
                .collect(Collectors.toMap(Subject::id, s -> s));
        assignments.setAll(organisation.assignments(session.actor(), yearId).stream()
                .filter(a -> byId.containsKey(a.classId()))
                .sorted(Comparator.comparing((TeachingAssignment a) -> byId.get(a.classId()).grade())
                        .thenComparing(a -> byId.get(a.classId()).name())
                        .thenComparing(a -> subjects.containsKey(a.subjectId()) ? subjects.get(a.subjectId()).sortOrder() : 0))
                .map(a -> new AssignmentRow(a.classId(), byId.get(a.classId()).name(),
                        subjects.containsKey(a.subjectId()) ? subjects.get(a.subjectId()).name() : "?",
                        nameOf.apply(a.staffId())))
                .toList());
    }

    public boolean canAdd() {
        return session.actor().has(Permission.SCHOOL_SETUP) && year.isPresent();
    }

    /** May the signed-in person change who teaches what (the administrator by default)? */
    public boolean canManageAssignments() {
        return session.actor().has(Permission.ASSIGNMENTS_MANAGE) && year.isPresent();
    }

    public AssignmentEditorViewModel assignmentEditor() {
        return new AssignmentEditorViewModel(session, text, year.orElseThrow().id(), this::reload);
    }

    public List<Integer> grades() {
        return session.school().level().grades();
    }

    public String yearLabel() {
        return year.map(SchoolYear::label).orElse("—");
    }

    public boolean addClass() {
        try {
            StaffMember h = newHomeroom.get();
            Integer grade = newGrade.get();
            organisation.addClass(session.actor(), year.orElseThrow().id(), grade == null ? 0 : grade, newName.get(),
                    h == null ? null : h.id());
        } catch (RuntimeException e) {
            info.set("");
            error.set(text.error(e));
            return false;
        }
        error.set("");
        info.set(text.t("classes.added", newName.get().strip().toUpperCase(java.util.Locale.ROOT)));
        newName.set("");
        newHomeroom.set(null);
        reload();
        return true;
    }

    public ObservableList<ClassRow> classes() {
        return classes;
    }

    public ObservableList<AssignmentRow> assignments() {
        return assignments;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public ObjectProperty<Integer> newGradeProperty() {
        return newGrade;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<StaffMember> newHomeroomProperty() {
        return newHomeroom;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
