package vn.sotruong.data.pupil;

import java.time.LocalDate;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;

/** Pupil records for tests. */
final class PupilFixtures {
    private PupilFixtures() {
    }

    static Pupil pupil(String code, String name, LocalDate birth, Gender gender) {
        return new Pupil(0, code, name, birth, gender, "Nghệ An", "Kinh", "Xóm 3, xã Diễn Thành", false,
                new Parent("Nguyễn Văn Bình", "Làm ruộng", "0912 345 678"), new Parent("Trần Thị Hoa", null, null),
                null, "0912345678", null, null);
    }

    static Pupil pupil(String code, String name) {
        return pupil(code, name, LocalDate.of(2014, 3, 12), Gender.NU);
    }
}
