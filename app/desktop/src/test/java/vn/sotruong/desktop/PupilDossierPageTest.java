package vn.sotruong.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.MovementKind;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilPhotoService;
import vn.sotruong.core.security.NewPerson;
import vn.sotruong.core.security.Role;
import vn.sotruong.desktop.pupils.PupilsViewModel;
import vn.sotruong.desktop.pupils.PupilsViewModel.PupilRow;

/** The pupil's photo on the Học sinh page and the transfer dossier from the transfer-out dialog, as the office. */
class PupilDossierPageTest extends FxTestBase {
    private static final String OFFICE = "vanphong";

    private long classId(String name) {
        long year = services().years().currentYear().orElseThrow().id();
        return services().organisation().classes(admin(), year).stream().filter(c -> c.name().equals(name))
                .findFirst().map(SchoolClass::id).orElseThrow();
    }

    private long admit(String code, String name, Gender g) {
        return services().pupils().admit(admin(), classId("6A"), new Pupil(0, code, name, LocalDate.of(2014, 3, 2), g,
                "Nghệ An", "Kinh", "Xóm 3, xã Diễn Thành", false, null, null, null, "0912345678", null, null),
                LocalDate.of(2026, 9, 5), null);
    }

    private PupilsViewModel openPupils() throws Exception {
        TestSchool.create(services());
        services().accounts().createPersonDuringSetup(new NewPerson("Lê Thu Hà", OFFICE, Set.of(Role.VAN_PHONG),
                null, null, TestSchool.PASSWORD.toCharArray()), false);
        long bao = admit("HS001", "Trần Văn Bảo", Gender.NAM);
        admit("HS002", "Nguyễn Thị Ánh", Gender.NU);
        services().pupils().recordConsent(admin(), bao, LocalDate.of(2026, 9, 10));
        startApp(config());
        signIn(OFFICE, TestSchool.PASSWORD);
        awaitScreen("main");
        clickOn("#nav-pupils");
        WaitForAsyncUtils.waitForFxEvents();
        return (PupilsViewModel) lookup("#pupils-page").query().getUserData();
    }

    @SuppressWarnings("unchecked")
    private void select(String fullName) {
        TableView<PupilRow> t = lookup("#pupils-table").queryAs(TableView.class);
        interact(() -> t.getSelectionModel().select(t.getItems().stream()
                .filter(r -> r.pupil().fullName().equals(fullName)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path photoFile() throws Exception {
        Path f = dataDir.resolve("anh-the.png");
        Files.write(f, vn.sotruong.testkit.SamplePhoto.png(150, 200));
        return f;
    }

    private long pupilId(String code) {
        return services().stores().pupils().findByCode(code).orElseThrow().id();
    }

    @Test
    void aPhotoIsShownOnTheRecordAndBadFilesOrMissingConsentChangeNothing() throws Exception {
        PupilsViewModel vm = openPupils();
        select("Trần Văn Bảo");
        assertThat(textOf("#pupil-photo-remove")).isNotEmpty();
        assertThat(lookup("#pupil-photo").queryAs(ImageView.class).getImage()).isNull();

        Path photo = photoFile();
        interact(() -> vm.setPhoto(photo));
        WaitForAsyncUtils.waitForFxEvents();
        select("Trần Văn Bảo");
        assertThat(lookup("#pupil-photo").queryAs(ImageView.class).getImage()).isNotNull();
        assertThat(services().photos().photo(admin(), pupilId("HS001"))).isPresent();

        Path notImage = dataDir.resolve("ho-so.png");
        Files.writeString(notImage, "không phải ảnh, chỉ là một tệp văn bản đổi tên cho giống ảnh");
        Path huge = dataDir.resolve("lon.jpg");
        Files.write(huge, new byte[PupilPhotoService.MAX_BYTES + 10]);
        String before = services().photos().photo(admin(), pupilId("HS001")).orElseThrow().sha256();
        interact(() -> vm.setPhoto(notImage));
        assertThat(textOf("#pupils-error")).isEqualTo("Tệp không phải ảnh JPEG hoặc PNG.");
        interact(() -> vm.setPhoto(huge));
        assertThat(textOf("#pupils-error")).startsWith("Ảnh quá lớn").isEqualTo("Ảnh quá lớn (1.025 KB): tối đa 1.024 KB.");
        assertThat(services().photos().photo(admin(), pupilId("HS001")).orElseThrow().sha256()).isEqualTo(before);

        select("Nguyễn Thị Ánh");
        interact(() -> vm.setPhoto(photo));
        assertThat(textOf("#pupils-error")).contains("Chưa ghi nhận sự đồng ý của cha mẹ học sinh HS002");
        assertThat(services().photos().photo(admin(), pupilId("HS002"))).isEmpty();
        // the dossier button waits for a transfer out
        assertThat(lookup("#pupil-dossier").query().isDisabled()).isTrue();
    }

    @Test
    void theTransferOutDialogWritesTheDossierAndAWrongFolderRecordsNothing() throws Exception {
        PupilsViewModel vm = openPupils();
        select("Trần Văn Bảo");
        Path photo = photoFile();
        interact(() -> vm.setPhoto(photo));
        select("Trần Văn Bảo");
        clickOn("#move-transfer");
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = lookup("#move-date").queryAs(DatePicker.class);
        interact(() -> date.setValue(LocalDate.of(2026, 10, 12)));
        fill("#move-school", "Trường THCS Lê Lợi, Đà Nẵng");
        fill("#move-reason", "Gia đình chuyển nơi ở");
        clickOn("#move-dossier");
        fill("#move-dossier-folder", dataDir.resolve("khong-co").toString());
        Screenshots.save(lookup("#move-save").query().getScene().getRoot(), "transfer-out-dossier.png");
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(textOf("#move-error")).startsWith("Không ghi được hồ sơ vào");
        assertThat(services().movements().history(admin(), pupilId("HS001")).getLast().kind())
                .isEqualTo(MovementKind.ADMISSION);

        Path out = Files.createDirectories(dataDir.resolve("ho-so"));
        fill("#move-dossier-folder", out.toString());
        clickOn("#move-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#move-save").tryQuery()).isEmpty();
        assertThat(textOf("#pupils-info")).contains("Đã ghi Trần Văn Bảo chuyển đi.",
                "ho-so-chuyen-truong-HS001.pdf", "ho-so-chuyen-truong-HS001.xlsx");
        assertThat(out.resolve("ho-so-chuyen-truong-HS001.pdf")).isNotEmptyFile();
        assertThat(out.resolve("ho-so-chuyen-truong-HS001.xlsx")).isNotEmptyFile();

        // found again by the search: the history says so and the dossier can be written again
        fill("#pupils-search", "tran van bao");
        WaitForAsyncUtils.waitForFxEvents();
        select("Trần Văn Bảo");
        assertThat(lookup("#pupil-dossier").query().isDisabled()).isFalse();
        Path again = Files.createDirectories(dataDir.resolve("lan-2"));
        interact(() -> vm.exportDossier(again));
        assertThat(again.resolve("ho-so-chuyen-truong-HS001.pdf")).isNotEmptyFile();
        Screenshots.save(stage.getScene().getRoot(), "pupil-photo-dossier.png");
    }
}
