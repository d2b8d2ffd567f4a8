package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.registers.BookSignature;
import vn.sotruong.core.registers.BookSigningService;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.security.Permission;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Sổ theo dõi in on the In sổ page: the year's prints with each one's standing (còn đúng / đã lỗi thời and why),
 * the "only out of date" filter, the principal's "Ký số…" and the files printed in this session (for "Xem trước"
 * and "In ra máy in…" on a row).
 */
public final class LedgerViewModel {
    private final Session session;
    private final UiText text;
    private final RegisterTexts names;
    private final PrintStatusService standing;
    private final BookSigningService signing;
    private final long yearId;
    private final PageStatus status;
    private final ObjectProperty<LedgerRow> signingRow = new SimpleObjectProperty<>();
    private final BooleanProperty onlyOutOfDate = new SimpleBooleanProperty(false);
    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LedgerRow> allRows = FXCollections.observableArrayList();
    private final StringProperty ledgerNote = new SimpleStringProperty("");
    private final Map<Long, Path> files = new ConcurrentHashMap<>();

    LedgerViewModel(Session session, UiText text, RegisterTexts names, PrintStatusService standing,
                    BookSigningService signing, long yearId, PageStatus status) {
        this.session = session;
        this.text = text;
        this.names = names;
        this.standing = standing;
        this.signing = signing;
        this.yearId = yearId;
        this.status = status;
        onlyOutOfDate.addListener((o, was, now) -> filter());
    }

    /** Reads the ledger again and checks every print against the data now (in the background). */
    public void reload() {
        ledgerNote.set(text.t("registers.ledger.checking"));
        session.background().run(() -> {
            Map<Long, BookSignature> signed = new HashMap<>();
            signing.signatures(session.actor(), yearId).forEach(g -> signed.put(g.ledgerId(), g));
            return standing.statuses(session.actor(), yearId).stream()
                    .map(st -> names.row(st, signed.get(st.print().id()))).toList();
        }, (List<LedgerRow> list) -> {
                    allRows.setAll(list);
                    filter();
                }, failure -> {
                    ledgerNote.set("");
                    status.errorProperty().set(text.error(failure));
                });
    }

    private void filter() {
        rows.setAll(onlyOutOfDate.get() ? allRows.stream().filter(LedgerRow::outOfDate).toList() : allRows);
        long stale = allRows.stream().filter(LedgerRow::toReprint).count();
        ledgerNote.set(text.t("registers.ledger.summary", allRows.size(), stale));
    }

    /** A print of this session landed in that file: its row offers the file without asking. */
    void printedTo(long ledgerId, Path file) {
        files.put(ledgerId, file);
    }

    /** The file a ledger row was printed to in this session, if it was. */
    public Optional<PrintedFile> fileOf(LedgerRow row) {
        return Optional.ofNullable(row == null ? null : files.get(row.id())).map(f -> printedFile(row, f));
    }

    /** A ledger row with the PDF the clerk points to (the printer checks it is that print's file). */
    public PrintedFile printedFile(LedgerRow row, Path pdf) {
        return new PrintedFile(row.id(), pdf, row.pages(), row.request().paper(), row.book() + " · " + row.scope(),
                row.request().twoSided());
    }

    /** Whether the signed-in person signs books (Hiệu trưởng): "Ký số…" is shown only to them. */
    public boolean canSign() {
        return session.actor().has(Permission.RESULTS_APPROVE);
    }

    /**
     * "Ký số…" on a ledger row: asks for the key password (the row shows in {@link #signingRowProperty()}); an
     * out-of-date or already signed print is refused with the reason.
     */
    public void startSigning(LedgerRow row) {
        status.clearMessages();
        if (row == null) {
            status.errorProperty().set(text.t("registers.page.chooseToSign"));
        } else if (row.signed()) {
            status.errorProperty().set(text.code("registers.alreadySigned", row.id()));
        } else if (row.outOfDate()) {
            status.errorProperty().set(text.code("registers.signSuperseded", row.id()));
        } else {
            signingRow.set(row);
        }
    }

    public void cancelSigning() {
        signingRow.set(null);
    }

    /** Signs the row being signed with the principal's key (in the background); the password is wiped after. */
    public void sign(char[] keyPassword) {
        LedgerRow row = signingRow.get();
        if (row == null) {
            return;
        }
        status.errorProperty().set("");
        status.busyProperty().set(true);
        status.progressProperty().set(text.t("registers.page.signing", String.valueOf(row.id())));
        session.background().run(() -> {
            try {
                return signing.sign(session.actor(), row.id(), keyPassword);
            } finally {
                java.util.Arrays.fill(keyPassword, '\0');
            }
        }, (BookSignature g) -> {
            status.idle();
            signingRow.set(null);
            status.infoProperty().set(text.t("registers.page.signed", String.valueOf(g.ledgerId()), g.certSerial(),
                    g.sha256().substring(0, 12)));
            reload();
        }, failure -> status.fail(text.error(failure)));
    }

    public ObjectProperty<LedgerRow> signingRowProperty() {
        return signingRow;
    }

    public BooleanProperty onlyOutOfDateProperty() {
        return onlyOutOfDate;
    }

    public ObservableList<LedgerRow> rows() {
        return rows;
    }

    public StringProperty ledgerNoteProperty() {
        return ledgerNote;
    }
}
