package vn.sotruong.desktop.pupils;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.pupil.ClassYear;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.RegisterEntry;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Sổ đăng bộ as the office keeps it: one line per pupil ever admitted, by registration number, with
 * the class of each year and the transfers and dropout. The service refuses it to those who do not
 * see every pupil.
 */
public final class RegisterViewModel {
    public record Line(String number, String name, String birthDate, String admittedOn, String classes,
                       String transferIn, String transferOut, String dropout) {
    }

    private final Session session;
    private final UiText text;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    RegisterViewModel(Session session, UiText text) {
        this.session = session;
        this.text = text;
    }

    public void load() {
        Attempt.run(text, error, () -> lines.setAll(session.services().pupils().register(session.actor()).entries()
                .stream().map(this::line).toList()));
    }

    private Line line(RegisterEntry e) {
        String classes = e.classes().stream().map(ClassYear::yearLabel).distinct()
                .map(y -> y + ": " + e.classes().stream().filter(c -> c.yearLabel().equals(y))
                        .map(ClassYear::className).collect(Collectors.joining(" → ")))
                .collect(Collectors.joining("; "));
        return new Line(String.valueOf(e.registerNo()), e.fullName(), text.date(e.birthDate()),
                text.date(e.admittedOn()), classes, e.fromSchool() == null ? "" : e.fromSchool(),
                movements(e.movements(), MovementKind.TRANSFER_OUT), movements(e.movements(), MovementKind.DROPOUT));
    }

    /** "dd/MM/yyyy – trường" for each movement of the kind; a pupil may leave, return and leave again. */
    private String movements(List<Movement> all, MovementKind kind) {
        return all.stream().filter(m -> m.kind() == kind)
                .map(m -> text.date(m.on()) + (m.otherSchool() == null ? "" : " – " + m.otherSchool()))
                .collect(Collectors.joining("; "));
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
