package vn.sotruong.desktop.home;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.sotruong.core.school.School;
import vn.sotruong.core.year.Term;
import vn.sotruong.desktop.common.Fx;
import vn.sotruong.desktop.i18n.UiText;

/** Trang chủ: a few cards that answer "where are we in the school year?". */
public final class HomeView {
    private final ScrollPane root;
    private final UiText text;

    public HomeView(HomeViewModel vm, UiText text) {
        this(vm, text, null);
    }

    /** @param notice shown above the cards when not null (the backup reminders, for those who back up) */
    public HomeView(HomeViewModel vm, UiText text, Node notice) {
        this.text = text;
        FlowPane cards = new FlowPane(16, 16);
        cards.getChildren().addAll(todayCard(vm), yearCard(vm), schoolCard(vm.school()), holidaysCard(vm));
        // the plan across the page: its lines are long and read best unbroken
        Node plan = planCard(vm);
        VBox page = notice == null ? Fx.page(Fx.title(text.t("home.welcome", vm.userName())), plan, cards)
                : Fx.page(Fx.title(text.t("home.welcome", vm.userName())), notice, plan, cards);
        page.setId("home-page");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        cards.prefWrapLengthProperty().bind(root.widthProperty().subtract(60));
    }

    private Node todayCard(HomeViewModel vm) {
        String day = text.t("day." + vm.today().getDayOfWeek().getValue()) + ", " + text.date(vm.today());
        Label date = new Label(day);
        date.getStyleClass().add(Styles.TITLE_4);
        Label week = new Label(vm.thisWeek()
                .map(w -> text.t("home.week", w.number(), w.term() == 1 ? "I" : "II", text.date(w.monday()),
                        text.date(w.sunday())))
                .orElse(text.t("home.noWeek")));
        week.setId("home-week");
        week.setWrapText(true);
        return card(text.t("home.today"), Material2OutlinedAL.EVENT, date, week);
    }

    /** Kế hoạch năm học: what is due next for this person, and for the principal what is overdue. */
    private Node planCard(HomeViewModel vm) {
        VBox list = new VBox(6);
        list.setId("home-plan");
        if (vm.plan().isEmpty()) {
            list.getChildren().add(new Label(text.t("home.plan.none")));
        }
        for (HomeViewModel.PlanLine p : vm.plan()) {
            Label l = new Label(p.text());
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (p.overdue()) {
                l.getStyleClass().add(Styles.DANGER);
            }
            list.getChildren().add(l);
        }
        VBox card = card(text.t("home.plan"), Material2OutlinedAL.ASSIGNMENT_TURNED_IN, list);
        card.setMaxWidth(936);
        return card;
    }

    private Node yearCard(HomeViewModel vm) {
        if (vm.year().isEmpty()) {
            return card(text.t("home.year.none"), Material2OutlinedAL.DATE_RANGE, new Label(text.code("year.noneOpen")));
        }
        GridPane g = grid();
        int r = 0;
        for (Term t : vm.terms()) {
            g.addRow(r++, strong(text.t("term.label", t.number() == 1 ? "I" : "II")),
                    new Label(text.date(t.start()) + " – " + text.date(t.end())),
                    new Label(text.t("term.weeks", t.teachingWeeks())));
        }
        int total = vm.terms().stream().mapToInt(Term::teachingWeeks).sum();
        Label sum = new Label(text.t("home.totalWeeks", total));
        sum.getStyleClass().add(Styles.TEXT_MUTED);
        Label year = new Label(text.t("home.year", vm.year().get().label()));
        year.setId("home-year");
        year.getStyleClass().add(Styles.TITLE_4);
        return card(text.t("home.year.title"), Material2OutlinedAL.DATE_RANGE, year, g, sum);
    }

    private Node schoolCard(School s) {
        GridPane g = grid();
        int r = 0;
        g.addRow(r++, strong(text.t("school.name")), wrap(s.name()));
        g.addRow(r++, strong(text.t("school.moet")), new Label(nz(s.moetCode())));
        g.addRow(r++, strong(text.t("school.level")), new Label(text.level(s.level())));
        g.addRow(r++, strong(text.t("school.province")), wrap(nz(s.province())));
        g.addRow(r++, strong(text.t("school.district")), wrap(nz(s.district())));
        g.addRow(r, strong(text.t("school.principal")), wrap(nz(s.principalName())));
        return card(text.t("home.school"), Material2OutlinedMZ.SCHOOL, g);
    }

    private Node holidaysCard(HomeViewModel vm) {
        VBox list = new VBox(6);
        list.setId("home-holidays");
        if (vm.upcoming().isEmpty()) {
            list.getChildren().add(new Label(text.t("home.holidays.none")));
        }
        for (HomeViewModel.DaysOff d : vm.upcoming()) {
            String when = d.from().equals(d.to()) ? text.date(d.from())
                    : text.date(d.from()) + " – " + text.date(d.to());
            Label l = new Label(when + "   " + d.name());
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        return card(text.t("home.holidays"), Material2OutlinedAL.BEACH_ACCESS, list);
    }

    private static VBox card(String title, Ikon ikon, Node... body) {
        Label t = new Label(title, Fx.icon(ikon));
        t.getStyleClass().add(Styles.TEXT_BOLD);
        VBox v = new VBox(10, t);
        v.getChildren().addAll(body);
        v.getStyleClass().add("card-pane");
        v.setPadding(new Insets(16));
        v.setPrefWidth(460);
        v.setMinWidth(360);
        return v;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6);
        return g;
    }

    private static Label strong(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrap(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    public Node root() {
        return root;
    }
}
