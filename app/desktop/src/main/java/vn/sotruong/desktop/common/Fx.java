package vn.sotruong.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small building blocks the views share, so pages look alike. */
public final class Fx {
    private Fx() {
    }

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_3);
        l.setWrapText(true);
        return l;
    }

    public static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** Puts {@code children} in a card of at most {@code maxWidth} centred on {@code root} (sign-in, pairing). */
    public static VBox centredCard(javafx.scene.layout.StackPane root, String id, double maxWidth, Node... children) {
        VBox card = new VBox(16, children);
        card.getStyleClass().add("card-pane");
        card.setMaxWidth(maxWidth);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setId(id);
        root.getStyleClass().add("backdrop");
        javafx.scene.layout.StackPane.setAlignment(card, Pos.CENTER);
        return card;
    }

    /** A screen's main button: accent colour, pressed by Enter, enabled while {@code enabled}. */
    public static javafx.scene.control.Button primaryButton(String id, String label,
                                                            javafx.beans.value.ObservableBooleanValue enabled,
                                                            Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(label);
        b.setId(id);
        b.setDefaultButton(true);
        b.getStyleClass().add(Styles.ACCENT);
        b.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A small spinner that is shown (and takes room) only while {@code busy}. */
    public static javafx.scene.control.ProgressIndicator busySpinner(javafx.beans.value.ObservableBooleanValue busy) {
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(spinner.visibleProperty());
        return spinner;
    }

    /** A red, wrapping label bound to a view model's message; hidden while the message is empty. */
    public static Label errorLabel(StringProperty message, String id) {
        Label l = messageLabel(message, id, Styles.DANGER);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    public static Label infoLabel(StringProperty message, String id) {
        return messageLabel(message, id, Styles.SUCCESS);
    }

    /** A warning (such as "no data") shown only while it has text. */
    public static Label warningLabel(StringProperty message, String id) {
        return messageLabel(message, id, Styles.WARNING);
    }

    private static Label messageLabel(StringProperty message, String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(message);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.visibleProperty().bind(message.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A two-column form: labels on the left (mnemonic-enabled, pointing at their field), fields growing. */
    public static GridPane form() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    /** Adds a row; the label text may carry a mnemonic ("_Tên trường"). */
    public static void row(GridPane form, String label, Node field) {
        int row = form.getRowCount();
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        form.add(l, 0, row);
        form.add(field, 1, row);
    }

    /** A text field two-way bound to a view model's property. */
    public static javafx.scene.control.TextField textField(String id, javafx.beans.property.StringProperty p) {
        javafx.scene.control.TextField f = new javafx.scene.control.TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    /** A password field two-way bound to a view model's property. */
    public static javafx.scene.control.PasswordField passwordField(String id, javafx.beans.property.StringProperty p) {
        javafx.scene.control.PasswordField f = new javafx.scene.control.PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    /** A combo box that shows each item through {@code label} (the items are records, not strings). */
    public static <T> javafx.scene.control.ComboBox<T> comboBox(String id, Function<T, String> label) {
        javafx.scene.control.ComboBox<T> c = new javafx.scene.control.ComboBox<>();
        c.setId(id);
        c.setConverter(converter(label));
        return c;
    }

    /** Shows items through {@code label}; combo boxes here are never editable, so nothing is parsed. */
    public static <T> javafx.util.StringConverter<T> converter(Function<T, String> label) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A small grey explanation under a table or a field. */
    public static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        // without this a box squeezes the label to one line with "…" instead of letting it wrap
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    /** A button with an icon and an id; the label may carry a mnemonic. */
    public static javafx.scene.control.Button button(String id, String label, Ikon ikon) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(label, icon(ikon));
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        // sized in app.css: the theme's stylesheet would override setIconSize
        i.getStyleClass().add("icon-18");
        return i;
    }

    public static HBox buttons(Node... nodes) {
        HBox b = new HBox(8, nodes);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    public static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    /** A card of a page: a framed box of stacked parts (a form, a list and its buttons). */
    public static VBox card(Node... children) {
        VBox v = new VBox(12, children);
        v.getStyleClass().add("card-pane");
        return v;
    }

    /** A page: padded, vertically stacked. */
    public static VBox page(Node... children) {
        VBox v = new VBox(14, children);
        v.setPadding(new Insets(20, 24, 20, 24));
        v.getStyleClass().add("page");
        return v;
    }

    /** A read-only text column computed from the row. */
    public static <S> TableColumn<S, String> column(String header, double width, Function<S, String> value) {
        // labels double as column headers; headers do not parse mnemonics, so drop the marker
        TableColumn<S, String> c = new TableColumn<>(header.replace("_", ""));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public static <S> TableView<S> table(String id, String emptyText) {
        TableView<S> t = new TableView<>();
        t.setId(id);
        t.setPlaceholder(new Label(emptyText));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }
}
