package vn.sotruong.desktop.shell;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sotruong.core.school.School;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/** The main window's state: which pages the signed-in person may open and which one is open. */
public final class MainViewModel {
    private final Session session;
    private final UiText text;
    private final List<NavItem> items;
    private final ObjectProperty<NavItem> selected = new SimpleObjectProperty<>();
    private final School school;

    public MainViewModel(Session session, UiText text, NavItem initial) {
        this.session = session;
        this.text = text;
        this.items = Arrays.stream(NavItem.values()).filter(i -> i.visibleTo(session.actor())).toList();
        this.school = session.school();
        selected.set(initial != null && items.contains(initial) ? initial : NavItem.HOME);
    }

    public List<NavItem> items() {
        return items;
    }

    public ObjectProperty<NavItem> selectedProperty() {
        return selected;
    }

    public String schoolName() {
        return school.name();
    }

    public boolean demo() {
        return school.demo();
    }

    public String yearText() {
        return session.currentYear().map(SchoolYear::label).map(y -> text.t("header.year", y))
                .orElse(text.code("year.noneOpen"));
    }

    public String userName() {
        return session.actor().fullName();
    }

    public String userRoles() {
        return text.roles(session.actor().roles());
    }

    public Session session() {
        return session;
    }
}
