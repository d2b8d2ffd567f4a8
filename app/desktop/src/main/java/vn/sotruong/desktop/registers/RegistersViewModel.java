package vn.sotruong.desktop.registers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.registers.BookChoices;
import vn.sotruong.core.registers.Paper;
import vn.sotruong.core.registers.PrintProgress;
import vn.sotruong.core.registers.PrintRecord;
import vn.sotruong.core.registers.PrintRequest;
import vn.sotruong.core.registers.PrintStatusService;
import vn.sotruong.core.registers.RegisterName;
import vn.sotruong.core.registers.RegisterPeriod;
import vn.sotruong.core.registers.RegisterScope;
import vn.sotruong.core.registers.RegisterService;
import vn.sotruong.core.year.SchoolYear;
import vn.sotruong.desktop.common.Choice;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.i18n.UiText;

/**
 * In sổ: choose a book (those this version prints, with the scopes, periods and papers each offers), the classes it
 * covers and the file; the print runs in the background and lands in the print ledger. Below, the ledger of the
 * year with each print's standing (còn đúng / đã lỗi thời and why) and "In lại" for an out-of-date one.
 */
public final class RegistersViewModel {
    private static final double INDETERMINATE = -1;
    private final Session session;
    private final UiText text;
    private final RegisterTexts names;
    private final RegisterService registers;
    private final PrintStatusService standing;
    private final vn.sotruong.core.registers.BookSigningService signing;
    private final ObjectProperty<LedgerRow> signingRow = new SimpleObjectProperty<>();
    private final SchoolYear year;
    private final BookOptionsChoice options;

    private final ObservableList<RegisterName> books = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterName> book = new SimpleObjectProperty<>();
    private final ObservableList<RegisterScope.Kind> scopeKinds = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterScope.Kind> scopeKind = new SimpleObjectProperty<>();
    private final ObservableList<Choice> classes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> schoolClass = new SimpleObjectProperty<>();
    private final ObservableList<Integer> grades = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> grade = new SimpleObjectProperty<>();
    private final ObservableList<RegisterPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<RegisterPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<Paper> papers = FXCollections.observableArrayList();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>();
    private final StringProperty out = new SimpleStringProperty("");
    private final StringProperty bindingOrder = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty progress = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty progressValue =
            new javafx.beans.property.SimpleDoubleProperty(INDETERMINATE);
    private final BooleanProperty printing = new SimpleBooleanProperty(false);
    private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final ObjectProperty<Path> printedFolder = new SimpleObjectProperty<>();
    private final BooleanProperty onlyOutOfDate = new SimpleBooleanProperty(false);
    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final StringProperty ledgerNote = new SimpleStringProperty("");
    private final ObservableList<LedgerRow> allRows = FXCollections.observableArrayList();
    private final ObjectProperty<PrintedFile> printed = new SimpleObjectProperty<>();
    private final java.util.Map<Long, Path> files = new java.util.concurrent.ConcurrentHashMap<>();

    public RegistersViewModel(Session session, RegisterService registers, PrintStatusService standing,
                              vn.sotruong.core.registers.BookSigningService signing, UiText text) {
        this.session = session;
        this.signing = signing;
        this.text = text;
        this.names = new RegisterTexts(text);
        this.registers = registers;
        this.standing = standing;
        this.year = session.currentYear().orElseThrow(() -> new DomainException("year.noneOpen"));
        List<SchoolClass> visible = session.services().organisation().classes(session.actor(), year.id()).stream()
                .sorted(java.util.Comparator.comparingInt(SchoolClass::grade).thenComparing(SchoolClass::name)).toList();
        visible.forEach(c -> classes.add(new Choice(c.id(), c.name())));
        visible.stream().map(SchoolClass::grade).distinct().forEach(grades::add);
        this.options = new BookOptionsChoice(session, year.id());
        books.setAll(BookChoices.printable());
        book.addListener((o, was, now) -> offer(now));
        book.set(books.isEmpty() ? null : books.getFirst());
        onlyOutOfDate.addListener((o, was, now) -> filter());
    }

    /** The choices the chosen book offers; a choice still offered is kept. */
    private void offer(RegisterName b) {
        if (b == null) {
            return;
        }
        BookChoices o = BookChoices.of(b);
        RegisterScope.Kind kind = scopeKind.get();
        scopeKinds.setAll(java.util.Arrays.stream(RegisterScope.Kind.values()).filter(o.scopes()::contains).toList());
        scopeKind.set(scopeKinds.contains(kind) ? kind : scopeKinds.getFirst());
        RegisterPeriod p = period.get();
        periods.setAll(o.periods());
        period.set(periods.contains(p) ? p : periods.getFirst());
        Paper pa = paper.get();
        papers.setAll(o.papers());
        paper.set(papers.contains(pa) ? pa : papers.getFirst());
        bindingOrder.set(names.bindingOrder(b));
        options.offer(b);
    }

    /** The request as chosen; a scope without its class or grade is refused with the reason. */
    PrintRequest request() {
        if (book.get() == null) {
            throw new DomainException("registers.page.chooseBook");
        }
        RegisterScope scope = switch (scopeKind.get()) {
            case CLASS -> {
                if (schoolClass.get() == null || schoolClass.get().isNone()) {
                    throw new DomainException("registers.page.chooseClass");
                }
                yield RegisterScope.ofClass(schoolClass.get().label());
            }
            case GRADE -> {
                if (grade.get() == null) {
                    throw new DomainException("registers.page.chooseGrade");
                }
                yield RegisterScope.ofGrade(grade.get());
            }
            case SCHOOL -> RegisterScope.school();
        };
        return new PrintRequest(book.get(), scope, period.get(), paper.get(), year.id(), options.options(book.get()));
    }

    /** A file name for the chosen book ("so-theo-doi-danh-gia-7A-1.pdf"), for the save dialog. */
    public String suggestedFileName() {
        try {
            return fileName(request());
        } catch (DomainException e) {
            return book.get() == null ? "so.pdf" : book.get().code() + ".pdf";
        }
    }

    static String fileName(PrintRequest r) {
        String scope = r.scope().text().replace("class:", "").replace("grade:", "khoi-").replace("school", "toan-truong");
        return r.register().code() + "-" + scope + "-" + r.period().code() + "-" + r.paper().name() + ".pdf";
    }

    /** Prints the chosen book into the file named in {@link #outProperty()}. */
    public void print() {
        PrintRequest r;
        Path target;
        try {
            r = request();
            target = target();
        } catch (DomainException e) {
            error.set(text.error(e));
            return;
        }
        run(r, target);
    }

    /** Prints an out-of-date book again, as it was asked for then, into the file named in {@link #outProperty()}. */
    public void reprint(LedgerRow row) {
        if (row == null || !row.outOfDate()) {
            error.set(text.t("registers.page.chooseOutOfDate"));
            return;
        }
        Path target;
        try {
            target = target();
        } catch (DomainException e) {
            error.set(text.error(e));
            return;
        }
        run(row.request(), target);
    }

    private Path target() {
        String f = out.get() == null ? "" : out.get().strip();
        if (f.isEmpty()) {
            throw new DomainException("registers.page.chooseFile");
        }
        if (!f.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            f = f + ".pdf";
        }
        try {
            return Path.of(f).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new DomainException("registers.outNotWritable", f);
        }
    }

    private void run(PrintRequest r, Path target) {
        error.set("");
        info.set("");
        printedFolder.set(null);
        printed.set(null);
        busy.set(true);
        printing.set(true);
        stop.set(false);
        progressValue.set(INDETERMINATE);
        String bookName = names.book(r.register());
        progress.set(text.t("registers.page.printing", bookName, names.scope(r.scope())));
        PrintProgress job = new PrintProgress() {
            @Override
            public void update(int done, int total, String current) {
                onFx(() -> {
                    if (stop.get()) {
                        return;
                    }
                    progressValue.set(total == 0 ? INDETERMINATE : (double) done / total);
                    if (!current.isEmpty()) {
                        progress.set(text.t("registers.page.printingClass", bookName, current, done, total));
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        session.background().run(() -> registers.print(session.actor(), r, target, job), (PrintRecord p) -> {
            busy.set(false);
            printing.set(false);
            progressValue.set(INDETERMINATE);
            progress.set("");
            info.set(text.t("registers.page.printed", target.toString(), p.pages(), String.valueOf(p.id()),
                    p.fingerprint().substring(0, 12)));
            printedFolder.set(target.getParent());
            files.put(p.id(), target);
            printed.set(new PrintedFile(p.id(), target, p.pages(), r.paper(), bookName + " · " + names.scope(r.scope())));
            reload();
        }, failure -> {
            busy.set(false);
            printing.set(false);
            progressValue.set(INDETERMINATE);
            progress.set("");
            error.set(text.error(failure));
        });
    }

    /**
     * "Dừng in": the job stops before its next class; it leaves no file and no ledger line
     * ({@code registers.cancelled} is shown when it has stopped).
     */
    public void cancel() {
        if (printing.get() && !stop.getAndSet(true)) {
            progress.set(text.t("registers.page.stopping"));
        }
    }

    private static void onFx(Runnable r) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            r.run();
        } else {
            javafx.application.Platform.runLater(r);
        }
    }

    /** Whether the signed-in person signs books (Hiệu trưởng): "Ký số…" is shown only to them. */
    public boolean canSign() {
        return session.actor().has(vn.sotruong.core.security.Permission.RESULTS_APPROVE);
    }

    /**
     * "Ký số…" on a ledger row: asks for the key password (the row shows in {@link #signingRowProperty()}); an
     * out-of-date or already signed print is refused with the reason.
     */
    public void startSigning(LedgerRow row) {
        error.set("");
        info.set("");
        if (row == null) {
            error.set(text.t("registers.page.chooseToSign"));
        } else if (row.signed()) {
            error.set(text.code("registers.alreadySigned", row.id()));
        } else if (row.outOfDate()) {
            error.set(text.code("registers.signSuperseded", row.id()));
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
        error.set("");
        busy.set(true);
        progress.set(text.t("registers.page.signing", String.valueOf(row.id())));
        session.background().run(() -> {
            try {
                return signing.sign(session.actor(), row.id(), keyPassword);
            } finally {
                java.util.Arrays.fill(keyPassword, '\0');
            }
        }, (vn.sotruong.core.registers.BookSignature g) -> {
            busy.set(false);
            progress.set("");
            signingRow.set(null);
            info.set(text.t("registers.page.signed", String.valueOf(g.ledgerId()), g.certSerial(),
                    g.sha256().substring(0, 12)));
            reload();
        }, failure -> {
            busy.set(false);
            progress.set("");
            error.set(text.error(failure));
        });
    }

    public ObjectProperty<LedgerRow> signingRowProperty() {
        return signingRow;
    }

    /** Reads the ledger again and checks every print against the data now (in the background). */
    public void reload() {
        ledgerNote.set(text.t("registers.ledger.checking"));
        session.background().run(() -> {
            java.util.Map<Long, vn.sotruong.core.registers.BookSignature> signed = new java.util.HashMap<>();
            signing.signatures(session.actor(), year.id()).forEach(g -> signed.put(g.ledgerId(), g));
            return standing.statuses(session.actor(), year.id()).stream()
                    .map(st -> names.row(st, signed.get(st.print().id()))).toList();
        }, (List<LedgerRow> list) -> {
                    allRows.setAll(list);
                    filter();
                }, failure -> {
                    ledgerNote.set("");
                    error.set(text.error(failure));
                });
    }

    private void filter() {
        rows.setAll(onlyOutOfDate.get() ? allRows.stream().filter(LedgerRow::outOfDate).toList() : allRows);
        long stale = allRows.stream().filter(LedgerRow::toReprint).count();
        ledgerNote.set(text.t("registers.ledger.summary", allRows.size(), stale));
    }

    String label(RegisterName b) {
        return names.book(b);
    }

    String label(RegisterScope.Kind k) {
        return names.kind(k);
    }

    String label(RegisterPeriod p) {
        return names.period(p);
    }

    /** The month, teacher and subject, or assessment point the chosen book asks for. */
    public BookOptionsChoice options() {
        return options;
    }

    public ObservableList<RegisterName> books() {
        return books;
    }

    public ObjectProperty<RegisterName> bookProperty() {
        return book;
    }

    public ObservableList<RegisterScope.Kind> scopeKinds() {
        return scopeKinds;
    }

    public ObjectProperty<RegisterScope.Kind> scopeKindProperty() {
        return scopeKind;
    }

    public ObservableList<Choice> classes() {
        return classes;
    }

    public ObjectProperty<Choice> schoolClassProperty() {
        return schoolClass;
    }

    public ObservableList<Integer> grades() {
        return grades;
    }

    public ObjectProperty<Integer> gradeProperty() {
        return grade;
    }

    public ObservableList<RegisterPeriod> periods() {
        return periods;
    }

    public ObjectProperty<RegisterPeriod> periodProperty() {
        return period;
    }

    public ObservableList<Paper> papers() {
        return papers;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public StringProperty outProperty() {
        return out;
    }

    public StringProperty bindingOrderProperty() {
        return bindingOrder;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    /** How far a print is, 0–1 by classes laid out; negative while the data is gathered (indeterminate). */
    public javafx.beans.property.DoubleProperty progressValueProperty() {
        return progressValue;
    }

    /** Whether a print (not a signature) is running, so it can be stopped. */
    public BooleanProperty printingProperty() {
        return printing;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    /** The book just printed and its file, for "Xem trước" and "In ra máy in…"; null until a print succeeded. */
    public ObjectProperty<PrintedFile> printedProperty() {
        return printed;
    }

    /** The file a ledger row was printed to in this session, if it was. */
    public java.util.Optional<PrintedFile> fileOf(LedgerRow row) {
        return java.util.Optional.ofNullable(row == null ? null : files.get(row.id())).map(f -> printedFile(row, f));
    }

    /** A ledger row with the PDF the clerk points to (the printer checks it is that print's file). */
    public PrintedFile printedFile(LedgerRow row, Path pdf) {
        return new PrintedFile(row.id(), pdf, row.pages(), row.request().paper(), row.book() + " · " + row.scope());
    }

    /** The folder of the book just printed (for "Mở thư mục"); null until a print succeeded. */
    public ObjectProperty<Path> printedFolderProperty() {
        return printedFolder;
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
