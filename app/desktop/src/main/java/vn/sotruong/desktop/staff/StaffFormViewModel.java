package vn.sotruong.desktop.staff;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.organisation.Department;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** Changes one staff member's position, department and phone; the rest of the record is kept as it is. */
public final class StaffFormViewModel {
    private final Session session;
    private final UiText text;
    private final StaffMember member;
    private final Runnable onSaved;
    private final List<Choice> departments;
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<Choice> department = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    StaffFormViewModel(Session session, UiText text, StaffMember member, List<Department> departments,
                       Runnable onSaved) {
        this.session = session;
        this.text = text;
        this.member = member;
        this.onSaved = onSaved;
        this.departments = Choice.withNone(text.t("staff.department.none"), departments.stream()
                .sorted(Comparator.comparing(Department::name)).map(d -> new Choice(d.id(), d.name())).toList());
        position.set(member.position() == null ? "" : member.position());
        phone.set(member.phone() == null ? "" : member.phone());
        department.set(Choice.find(this.departments, member.departmentId()));
    }

    /** True when the service accepted the change. */
    public boolean save() {
        Choice d = department.get();
        StaffMember changed = new StaffMember(member.id(), member.fullName(), member.gender(), member.birthDate(),
                phone.get(), position.get(), d == null ? null : d.id(), member.active());
        if (!Attempt.run(text, error, () -> session.services().organisation().updateStaff(session.actor(), changed))) {
            return false;
        }
        onSaved.run();
        return true;
    }

    public String fullName() {
        return member.fullName();
    }

    public List<Choice> departments() {
        return departments;
    }

    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Choice> departmentProperty() {
        return department;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
