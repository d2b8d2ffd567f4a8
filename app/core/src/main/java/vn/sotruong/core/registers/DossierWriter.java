package vn.sotruong.core.registers;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The port to what writes a transfer dossier as a file (PDF in the reports module, xlsx in the data module), so
 * core hands over data only.
 */
public interface DossierWriter {
    /** The file's extension without the dot: {@code pdf}, {@code xlsx}. */
    String extension();

    void write(TransferDossier dossier, OutputStream out) throws IOException;
}
