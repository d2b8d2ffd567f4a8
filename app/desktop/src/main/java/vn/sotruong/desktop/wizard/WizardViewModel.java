package vn.sotruong.desktop.wizard;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolInit;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Background;
import vn.sotruong.desktop.i18n.UiText;

/**
 * First run on an empty store: create the school (with its first year and administrator) or open
 * the demo school. The service does it in one transaction, so a refusal leaves the store empty.
 */
public final class WizardViewModel {
    public enum Choice { NEW_SCHOOL, DEMO }

    private final Consumer<SchoolInit> setup;
    private final UiText text;
    private final Background background;
    private final Runnable demoSeeder;
    private final Consumer<String> onDone;

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.NEW_SCHOOL);
    private final StringProperty schoolName = new SimpleStringProperty("");
    private final StringProperty moetCode = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty district = new SimpleStringProperty("");
    private final ObjectProperty<SchoolLevel> level = new SimpleObjectProperty<>(SchoolLevel.THCS);
    private final StringProperty principal = new SimpleStringProperty("");
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty adminLogin = new SimpleStringProperty("admin");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param setup creates the school, then its certificate authority ({@code SchoolFounding})
     * @param demoSeeder fills the empty store with the demo school (runs in the background)
     * @param onDone receives the login to prefill on the sign-in screen
     */
    public WizardViewModel(Consumer<SchoolInit> setup, UiText text, Background background, LocalDate today,
                           Runnable demoSeeder, Consumer<String> onDone) {
        this.setup = setup;
        this.text = text;
        this.background = background;
        this.demoSeeder = demoSeeder;
        this.onDone = onDone;
        year.set(SchoolYear.label(defaultStartYear(today)));
    }

    /** Schools set up the coming year from early summer on; before June it is still the running year. */
    public static int defaultStartYear(LocalDate today) {
        return today.getMonthValue() >= Month.JUNE.getValue() ? today.getYear() : today.getYear() - 1;
    }

    public void createSchool() {
        if (busy.get()) {
            return;
        }
        if (!password.get().equals(repeat.get())) {
            error.set(text.code("password.mismatch"));
            return;
        }
        OptionalInt start = SchoolYear.parseLabel(year.get());
        if (start.isEmpty()) {
            error.set(text.code("year.labelInvalid"));
            return;
        }
        School school = new School(schoolName.get(), moetCode.get(), province.get(), district.get(), level.get(),
                principal.get(), false);
        char[] pw = password.get().toCharArray();
        String login = adminLogin.get() == null ? "" : adminLogin.get().strip();
        SchoolInit init = new SchoolInit(school, start.getAsInt(), login, adminName.get(), pw);
        busy.set(true);
        error.set("");
        background.run(() -> {
            setup.accept(init);
            return Boolean.TRUE;
        }, done -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            onDone.accept(login.toLowerCase(java.util.Locale.ROOT));
        }, failure -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    public void openDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        background.run(() -> {
            demoSeeder.run();
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            onDone.accept("");
        }, failure -> {
            busy.set(false);
            error.set(text.error(failure));
        });
    }

    public void submit() {
        if (choice.get() == Choice.DEMO) {
            openDemo();
        } else {
            createSchool();
        }
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public StringProperty schoolNameProperty() {
        return schoolName;
    }

    public StringProperty moetCodeProperty() {
        return moetCode;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty districtProperty() {
        return district;
    }

    public ObjectProperty<SchoolLevel> levelProperty() {
        return level;
    }

    public StringProperty principalProperty() {
        return principal;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty adminNameProperty() {
        return adminName;
    }

    public StringProperty adminLoginProperty() {
        return adminLogin;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public String passwordRules(int minLength) {
        return text.t("password.rules", minLength);
    }
}
