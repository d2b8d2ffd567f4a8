package vn.sotruong.desktop.corrections;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.correction.CorrectionMinute;
import vn.sotruong.core.correction.MinuteSignature;
import vn.sotruong.core.correction.MinuteSigningService;
import vn.sotruong.core.correction.MinuteStatus;
import vn.sotruong.core.correction.SignerRole;
import vn.sotruong.core.signature.PdfCheck;
import vn.sotruong.desktop.common.Attempt;
import vn.sotruong.desktop.common.DocumentOpener;
import vn.sotruong.desktop.common.Session;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.EvidenceRow;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.MinuteRow;
import vn.sotruong.desktop.corrections.CorrectionsViewModel.SignatureRow;
import vn.sotruong.desktop.i18n.UiText;

/**
 * Ký biên bản: the chosen minute's signatures and whether its stored PDF is still the one they signed; the role its
 * reader may sign as now (the signing form), archiving, and opening the PDF or an evidence file. The minute workflow
 * ({@link CorrectionsViewModel}) chooses the minute and shares its message lines; every rule is the service's.
 */
public final class MinuteSigningViewModel {
    private final Session session;
    private final UiText text;
    private final MinuteSigningService signing;
    private final DocumentOpener opener;
    private final Supplier<MinuteRow> selected;
    private final StringProperty error;
    private final StringProperty info;
    private final BiPredicate<String, Consumer<Long>> step;
    private final Runnable reload;
    private final ObservableList<SignatureRow> signatures = FXCollections.observableArrayList();
    private final StringProperty pdfState = new SimpleStringProperty("");
    private final BooleanProperty pdfIntact = new SimpleBooleanProperty(true);
    private final BooleanProperty maySign = new SimpleBooleanProperty(false);
    private final BooleanProperty mayArchive = new SimpleBooleanProperty(false);
    private final BooleanProperty mayOpenPdf = new SimpleBooleanProperty(false);
    private final ObjectProperty<SignerRole> signAs = new SimpleObjectProperty<>();

    /**
     * @param selected the minute chosen in the list
     * @param error the page's error line; {@code info} its confirmation line
     * @param step runs one step on the chosen minute (the workflow's: refusal shown, list reloaded)
     * @param reload the list again after a signature
     */
    MinuteSigningViewModel(Session session, UiText text, MinuteSigningService signing, DocumentOpener opener,
                           Supplier<MinuteRow> selected, StringProperty error, StringProperty info,
                           BiPredicate<String, Consumer<Long>> step, Runnable reload) {
        this.session = session;
        this.text = text;
        this.signing = signing;
        this.opener = opener;
        this.selected = selected;
        this.error = error;
        this.info = info;
        this.step = step;
        this.reload = reload;
    }

    /** What the reader may do with minute {@code m} (null: none chosen) and who signed it. */
    void show(CorrectionMinute m) {
        signatures.clear();
        pdfState.set("");
        pdfIntact.set(true);
        signAs.set(m == null ? null : signing.mayRole(session.actor(), m).orElse(null));
        maySign.set(signAs.get() != null);
        mayArchive.set(m != null && signing.mayArchive(session.actor(), m));
        mayOpenPdf.set(m != null && m.status().compareTo(MinuteStatus.APPLIED) >= 0
                && m.status() != MinuteStatus.REJECTED);
        if (m != null) {
            showSignatures(m);
        }
    }

    /** Who signed which block, and whether the stored PDF is still the one they signed. */
    private void showSignatures(CorrectionMinute m) {
        List<MinuteSignature> done;
        try {
            done = signing.signatures(session.actor(), m.id());
        } catch (RuntimeException e) {
            error.set(text.error(e));
            return;
        }
        if (done.isEmpty()) {
            pdfState.set(mayOpenPdf.get() ? text.t("sign.pdf.unsigned") : "");
            return;
        }
        PdfCheck check = signing.verify(signing.document(session.actor(), m.id()));
        for (int i = 0; i < done.size(); i++) {
            MinuteSignature s = done.get(i);
            // the name as the PDF's signature states it
            String name = i < check.signatures().size() ? check.signatures().get(i).signerName() : s.login();
            signatures.add(new SignatureRow(text.code(s.role().labelKey()), name,
                    text.dateTime(s.signedAt(), Session.SCHOOL_ZONE), s.certSerial()));
        }
        pdfIntact.set(check.valid());
        pdfState.set(check.valid() ? text.t("sign.pdf.intact", check.signatures().size())
                : text.t("sign.pdf.damaged"));
    }

    /** The signing form for the chosen minute (its role shown), or null when the reader may not sign it now. */
    public SignFormViewModel signForm() {
        if (signAs.get() == null) {
            return null;
        }
        return new SignFormViewModel(text.code(signAs.get().labelKey()), System.getenv("SOTRUONG_PKCS11_LIBRARY"));
    }

    /**
     * Ký: the reader signs the chosen minute with the key the form names. A refusal (wrong password or PIN, a key
     * not theirs or not trusted, a damaged PDF) shows in the form and changes nothing.
     */
    public boolean sign(SignFormViewModel form) {
        MinuteRow r = selected.get();
        if (r == null) {
            form.errorProperty().set(text.t("minutes.chooseFirst"));
            return false;
        }
        info.set("");
        char[] secret = form.takeSecret();
        try {
            boolean ok = Attempt.run(text, form.errorProperty(),
                    () -> signing.sign(session.actor(), r.id(), form.source(), secret));
            if (ok) {
                error.set("");
                reload.run();
                info.set(text.t("sign.done", r.number(), form.role()));
            }
            return ok;
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** Lưu trữ: the signed minute becomes read-only. */
    public boolean archive() {
        return step.test("sign.archived", id -> signing.archive(session.actor(), id));
    }

    /** Opens the minute's PDF (the last signed version, else a fresh print) in the system's viewer. */
    public boolean openPdf() {
        MinuteRow r = selected.get();
        if (r == null) {
            error.set(text.t("minutes.chooseFirst"));
            return false;
        }
        return view("bien-ban-sua-diem-" + r.number() + ".pdf", () -> signing.document(session.actor(), r.id()));
    }

    /** Opens one evidence file of the chosen minute in the system's viewer. */
    public boolean openEvidence(EvidenceRow e) {
        MinuteRow r = selected.get();
        if (r == null || e == null) {
            error.set(text.t("minutes.chooseFirst"));
            return false;
        }
        return view(e.name(), () -> session.services().corrections().evidence(session.actor(), r.id(), e.id()));
    }

    private boolean view(String name, Supplier<byte[]> content) {
        return Attempt.run(text, error, () -> {
            if (!opener.open(name, content.get())) {
                throw new DomainException("sign.noViewer");
            }
        });
    }

    public ObservableList<SignatureRow> signatures() {
        return signatures;
    }

    /** "Bản PDF nguyên vẹn: 2 chữ ký hợp lệ." or that it changed since signing. */
    public StringProperty pdfStateProperty() {
        return pdfState;
    }

    public BooleanProperty pdfIntactProperty() {
        return pdfIntact;
    }

    public BooleanProperty maySignProperty() {
        return maySign;
    }

    public BooleanProperty mayArchiveProperty() {
        return mayArchive;
    }

    public BooleanProperty mayOpenPdfProperty() {
        return mayOpenPdf;
    }
}
