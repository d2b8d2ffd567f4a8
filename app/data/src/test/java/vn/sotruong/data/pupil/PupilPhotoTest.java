package vn.sotruong.data.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotruong.core.pupil.PupilPhoto;
import vn.sotruong.core.pupil.PupilPhotoService;
import vn.sotruong.data.gradebook.GradebookFixture;

/** Ảnh học sinh: JPEG / PNG only, size-limited, with the parents' consent, hashed, and carried into the dossier. */
class PupilPhotoTest extends GradebookFixture {
    @TempDir
    Path out;

    /** A real 2×2 PNG made by the JDK's own encoder. */
    static byte[] png() throws IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(2, 2,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void aPhotoIsStoredWithItsHashOnceTheParentsConsentIsRecorded() throws Exception {
        byte[] png = png();
        assertThat(code(() -> s.photos().setPhoto(homeroom, an, png))).isEqualTo("pupil.photoNeedsConsent");
        assertThat(s.photos().photo(admin, an)).isEmpty();

        s.pupils().recordConsent(homeroom, an, LocalDate.of(2026, 9, 10));
        PupilPhoto stored = s.photos().setPhoto(homeroom, an, png);

        PupilPhoto read = s.photos().photo(toanTeacher, an).orElseThrow();
        assertThat(read.mediaType()).isEqualTo("image/png");
        assertThat(read.bytes()).isEqualTo(png);
        assertThat(read.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(png))).isEqualTo(stored.sha256());
        assertThat(read.storedBy()).isEqualTo("gvcn.7a");
    }

    @Test
    void tooLargeNotAnImageOrEmptyIsRefusedAndTheOldPhotoStays() throws Exception {
        s.pupils().recordConsent(admin, an, LocalDate.of(2026, 9, 10));
        byte[] png = png();
        s.photos().setPhoto(admin, an, png);
        byte[] huge = Arrays.copyOf(png, PupilPhotoService.MAX_BYTES + 1);
        byte[] pdf = "%PDF-1.7 this is a document, not a photo".getBytes();

        assertThat(code(() -> s.photos().setPhoto(admin, an, huge))).isEqualTo("pupil.photoTooLarge");
        assertThat(code(() -> s.photos().setPhoto(admin, an, pdf))).isEqualTo("pupil.photoNotImage");
        assertThat(code(() -> s.photos().setPhoto(admin, an, new byte[0]))).isEqualTo("pupil.photoEmpty");
        assertThat(code(() -> s.photos().setPhoto(otherTeacher, an, png))).isIn("auth.denied",
                "scope.notYourClassOrSubject");

        assertThat(s.photos().photo(admin, an).orElseThrow().bytes()).isEqualTo(png);
    }

    @Test
    void removingThePhotoTakesItOffAndASecondRemovalIsRefused() throws Exception {
        s.pupils().recordConsent(admin, an, LocalDate.of(2026, 9, 10));
        s.photos().setPhoto(admin, an, png());

        s.photos().removePhoto(admin, an);

        assertThat(s.photos().photo(admin, an)).isEmpty();
        assertThat(code(() -> s.photos().removePhoto(admin, an))).isEqualTo("pupil.photoNone");
    }

    @Test
    void theDossierCarriesThePhoto() throws Exception {
        s.pupils().recordConsent(admin, an, LocalDate.of(2026, 9, 10));
        byte[] png = png();
        s.photos().setPhoto(admin, an, png);
        s.movements().transferOut(admin, an, LocalDate.of(2026, 11, 16), "Trường THCS Lê Lợi", "Chuyển nhà");

        Path xlsx = s.dossiers().export(admin, an, out, List.of(new DossierXlsxWriter())).getFirst();

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getAllPictures()).hasSize(1);
            assertThat(wb.getAllPictures().getFirst().getData()).isEqualTo(png);
        }
    }
}
