package vn.sotruong.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.sotruong.core.common.DomainException;
import vn.sotruong.core.review.ReviewSheet;
import vn.sotruong.data.review.ReviewXlsx;
import vn.sotruong.reports.ReviewPdf;

/**
 * Saves a review view where the user asked: {@code .xlsx} with the numbers (data), {@code .pdf} with the chart
 * (reports); any other name is refused before anything is written. Shared by the command line and the desktop.
 */
public final class ReviewFiles {
    private ReviewFiles() {
    }

    /** Refuses a file name that is neither .xlsx nor .pdf ({@code review.export.unknownFormat}). */
    public static boolean pdf(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xlsx") && !name.endsWith(".pdf")) {
            throw new DomainException("review.export.unknownFormat", String.valueOf(out.getFileName()));
        }
        return name.endsWith(".pdf");
    }

    public static void save(ReviewSheet sheet, Path out, String school, LocalDate today, Locale locale) {
        boolean pdf = pdf(out);
        try {
            if (pdf) {
                Path part = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream o = Files.newOutputStream(part)) {
                    new ReviewPdf().write(sheet, school, today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                            locale, o);
                }
                Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                ReviewXlsx.write(sheet, out);
            }
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new DomainException("review.export.failed", out.getFileName(), e.getMessage());
        }
    }
}
