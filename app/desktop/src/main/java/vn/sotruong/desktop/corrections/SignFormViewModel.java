package vn.sotruong.desktop.corrections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.signature.CredentialSource;
import vn.sotruong.core.signature.Pkcs11Source;
import vn.sotruong.core.signature.Pkcs12Source;

/**
 * Ký biên bản: which key signs (the stored one, a .p12 file, a USB token with its PKCS#11 library) and its password
 * or PIN. The secret is emptied after every attempt.
 */
public final class SignFormViewModel {
    private final String role;
    private final ObjectProperty<KeyChoice> choice = new SimpleObjectProperty<>(KeyChoice.STORED);
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty library = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public SignFormViewModel(String role, String defaultLibrary) {
        this.role = role;
        library.set(defaultLibrary == null ? "" : defaultLibrary);
    }

    /** The key to open: null = the person's stored key. Refused when the file or library is not given or unreadable. */
    CredentialSource source() {
        return switch (choice.get()) {
            case STORED -> null;
            case FILE -> {
                String f = file.get() == null ? "" : file.get().strip();
                if (f.isEmpty()) {
                    throw new DomainException("sign.fileMissing");
                }
                try {
                    yield new Pkcs12Source(Files.readAllBytes(Path.of(f)));
                } catch (IOException | RuntimeException e) {
                    throw new DomainException("minutes.fileUnreadable", Path.of(f).getFileName().toString());
                }
            }
            case TOKEN -> {
                String lib = library.get() == null ? "" : library.get().strip();
                if (lib.isEmpty()) {
                    throw new DomainException("sign.libraryMissing");
                }
                yield new Pkcs11Source(Path.of(lib), 0);
            }
        };
    }

    /** The secret typed, taken out of the field (which is emptied). */
    char[] takeSecret() {
        char[] s = secret.get() == null ? new char[0] : secret.get().toCharArray();
        secret.set("");
        return s;
    }

    /** The role this person signs as ("Hiệu trưởng"), shown in the form's title. */
    public String role() {
        return role;
    }

    public ObjectProperty<KeyChoice> choiceProperty() {
        return choice;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty libraryProperty() {
        return library;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
