package vn.sotruong.desktop.staff;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.organisation.Department;
import vn.sotruong.core.organisation.OrganisationService;
import vn.sotruong.core.organisation.StaffMember;
import vn.sotruong.core.security.Permission;
import vn.sotruong.core.security.StaffAccount;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Tổ chuyên môn và cán bộ: departments with their heads, and the staff list. Anyone who may see
 * staff reads it; only school setup may change it (the service checks again on every call).
 */
public final class StaffViewModel {
    public record DepartmentRow(Department department, String head, long members) {
    }

    public record StaffRow(StaffMember member, String department, String login, boolean accountActive) {
    }

    private final Session session;
    private final OrganisationService organisation;
    private final UiText text;
    private final ObservableList<DepartmentRow> departments = FXCollections.observableArrayList();
    private final ObservableList<StaffRow> staff = FXCollections.observableArrayList();
    private final ObservableList<Choice> heads = FXCollections.observableArrayList();
    private final StringProperty newDepartment = new SimpleStringProperty("");
    private final ObjectProperty<DepartmentRow> selectedDepartment = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> head = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public StaffViewModel(Session session, UiText text) {
        this.session = session;
        this.organisation = session.services().organisation();
        this.text = text;
        // the head picker follows the selected department
        selectedDepartment.addListener((o, a, d) -> head.set(d == null ? null
                : Choice.find(heads, d.department().headStaffId())));
        reload();
    }

    public final void reload() {
        List<StaffMember> members = organisation.staff(session.actor());
        List<Department> depts = organisation.departments();
        Map<Long, String> names = members.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::fullName));
        Map<Long, String> deptNames = depts.stream().collect(Collectors.toMap(Department::id, Department::name));
        Map<Long, StaffAccount> accounts = session.services().accounts().staffAccounts(session.actor()).stream()
                .collect(Collectors.toMap(StaffAccount::staffId, Function.identity(), (a, b) -> a));
        Map<Long, Long> counts = members.stream().filter(m -> m.departmentId() != null)
                .collect(Collectors.groupingBy(StaffMember::departmentId, Collectors.counting()));
        Long selectedId = selectedDepartment.get() == null ? null : selectedDepartment.get().department().id();
        heads.setAll(Choice.withNone(text.t("staff.head.none"), members.stream().filter(StaffMember::active)
                .map(m -> new Choice(m.id(), m.fullName())).toList()));
        departments.setAll(depts.stream().sorted(Comparator.comparing(Department::name))
                .map(d -> new DepartmentRow(d, d.headStaffId() == null ? "—" : names.getOrDefault(d.headStaffId(), "?"),
                        counts.getOrDefault(d.id(), 0L)))
                .toList());
        staff.setAll(members.stream().map(m -> {
            StaffAccount a = accounts.get(m.id());
            return new StaffRow(m, m.departmentId() == null ? "—" : deptNames.getOrDefault(m.departmentId(), "?"),
                    a == null ? "—" : a.login(), a != null && a.active() && m.active());
        }).toList());
        departments.stream().filter(r -> r.department().id() == (selectedId == null ? -1 : selectedId)).findFirst()
                .ifPresentOrElse(selectedDepartment::set, () -> selectedDepartment.set(null));
    }

    public boolean canEdit() {
        return session.actor().has(Permission.SCHOOL_SETUP);
    }

    public boolean addDepartment() {
        String name = newDepartment.get() == null ? "" : newDepartment.get().strip();
        if (!act(() -> organisation.addDepartment(session.actor(), name), text.t("staff.department.added", name))) {
            return false;
        }
        newDepartment.set("");
        return true;
    }

    /** Names (or with "none", clears) the head of the selected department. */
    public boolean saveHead() {
        DepartmentRow d = selectedDepartment.get();
        Choice c = head.get();
        if (d == null || c == null) {
            return false;
        }
        return act(() -> organisation.setDepartmentHead(session.actor(), d.department().id(), c.id()),
                text.t("staff.head.saved", d.department().name()));
    }

    public StaffFormViewModel editForm(StaffMember member) {
        return new StaffFormViewModel(session, text, member, organisation.departments(), () -> {
            reload();
            error.set("");
            info.set(text.t("staff.saved", member.fullName()));
        });
    }

    private boolean act(Runnable call, String success) {
        info.set("");
        if (!Attempt.run(text, error, call)) {
            return false;
        }
        info.set(success);
        reload();
        return true;
    }

    public ObservableList<DepartmentRow> departments() {
        return departments;
    }

    public ObservableList<StaffRow> staff() {
        return staff;
    }

    public ObservableList<Choice> heads() {
        return heads;
    }

    public StringProperty newDepartmentProperty() {
        return newDepartment;
    }

    public ObjectProperty<DepartmentRow> selectedDepartmentProperty() {
        return selectedDepartment;
    }

    public ObjectProperty<Choice> headProperty() {
        return head;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
