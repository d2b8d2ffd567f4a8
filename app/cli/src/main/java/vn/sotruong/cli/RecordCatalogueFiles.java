package vn.sotruong.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.registers.RecordCatalogue;
import vn.sotruong.data.registers.RecordCatalogueXlsx;
import vn.sotruong.reports.RecordCataloguePdf;

/**
 * Saves the records catalogue (danh mục hồ sơ) where the user asked: {@code .xlsx} (data) or {@code .pdf}
 * (reports, for the principal's approval); any other name is refused before anything is written
 * ({@code review.export.unknownFormat}). Shared by the command line and the desktop.
 */
public final class RecordCatalogueFiles {
    private RecordCatalogueFiles() {
    }

    public static void save(RecordCatalogue catalogue, Path out) {
        if (!ReviewFiles.pdf(out)) {
            RecordCatalogueXlsx.write(catalogue, out);
            return;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new RecordCataloguePdf().write(catalogue, pdf);
        } catch (IOException e) {
            throw new DomainException("registers.outNotWritable", out + ": " + e.getMessage());
        }
        CliFiles.write(out, pdf.toByteArray());
    }
}
