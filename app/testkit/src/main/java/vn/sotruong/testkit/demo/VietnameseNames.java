package vn.sotruong.testkit.demo;

import java.util.List;
import java.util.Random;
import vn.sotruong.core.common.VietnameseText;

/**
 * Plausible Vietnamese full names: a family name drawn with roughly the frequencies the population
 * has (Nguyễn about four in ten), then a middle and a given name chosen for the person's gender.
 * Children get the modern middle names; adults born before 1990 mostly carry Văn / Thị.
 */
final class VietnameseNames {
    /** Family names with weights in per mille, after published surname surveys (approximate). */
    private static final List<Weighted> FAMILY = List.of(
            new Weighted("Nguyễn", 380), new Weighted("Trần", 110), new Weighted("Lê", 95),
            new Weighted("Phạm", 70), new Weighted("Hoàng", 40), new Weighted("Huỳnh", 11),
            new Weighted("Phan", 45), new Weighted("Võ", 25), new Weighted("Vũ", 14),
            new Weighted("Đặng", 21), new Weighted("Bùi", 20), new Weighted("Đỗ", 14),
            new Weighted("Hồ", 13), new Weighted("Ngô", 13), new Weighted("Dương", 10),
            new Weighted("Lý", 5), new Weighted("Đinh", 8), new Weighted("Trương", 7),
            new Weighted("Hà", 6), new Weighted("Cao", 5), new Weighted("Thái", 4),
            new Weighted("Chu", 3), new Weighted("Lưu", 3), new Weighted("Tạ", 3), new Weighted("Mai", 3));
    private static final int FAMILY_TOTAL = FAMILY.stream().mapToInt(Weighted::weight).sum();

    private static final List<String> MALE_MIDDLE_MODERN = List.of("Minh", "Đức", "Gia", "Quang", "Bảo", "Anh",
            "Hoàng", "Tuấn", "Thành", "Hữu", "Đăng", "Trung", "Khánh", "Nhật", "Văn", "Công", "Xuân", "Duy");
    private static final List<String> FEMALE_MIDDLE_MODERN = List.of("Ngọc", "Bảo", "Khánh", "Minh", "Thu",
            "Phương", "Hà", "Thảo", "Quỳnh", "Mai", "Diệu", "Thanh", "Hồng", "Kim", "Thị", "Yến", "Tú", "Hoài");
    private static final List<String> MALE_MIDDLE_OLDER = List.of("Văn", "Văn", "Văn", "Đức", "Hữu", "Đình",
            "Công", "Xuân", "Quang", "Minh", "Ngọc", "Thanh");
    private static final List<String> FEMALE_MIDDLE_OLDER = List.of("Thị", "Thị", "Thị", "Thị", "Thu", "Thanh",
            "Ngọc", "Hồng", "Kim", "Minh");
    private static final List<String> MALE_GIVEN = List.of("An", "Anh", "Bảo", "Bình", "Cường", "Dũng", "Duy",
            "Đạt", "Đức", "Hải", "Hiếu", "Hoàng", "Huy", "Hùng", "Khang", "Khánh", "Khoa", "Khôi", "Kiên", "Lâm",
            "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Nguyên", "Nhân", "Phát", "Phong", "Phúc", "Quân", "Quang",
            "Sơn", "Tài", "Thái", "Thắng", "Thành", "Thiện", "Tiến", "Toàn", "Trí", "Trung", "Tuấn", "Tùng",
            "Việt", "Vinh", "Vũ", "Hưng", "Đông", "Hậu");
    private static final List<String> FEMALE_GIVEN = List.of("An", "Anh", "Ánh", "Chi", "Diệp", "Dung", "Giang",
            "Hà", "Hân", "Hằng", "Hiền", "Hoa", "Huyền", "Hương", "Lan", "Linh", "Loan", "Ly", "Mai", "My", "Nga",
            "Ngân", "Ngọc", "Nhi", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thư", "Thủy",
            "Trang", "Trâm", "Uyên", "Vân", "Vy", "Yến", "Hạnh", "Lam", "Na");

    private final Random random;

    VietnameseNames(Random random) {
        this.random = random;
    }

    String familyName() {
        int r = random.nextInt(FAMILY_TOTAL);
        for (Weighted w : FAMILY) {
            r -= w.weight();
            if (r < 0) {
                return w.text();
            }
        }
        return FAMILY.getFirst().text();
    }

    /** A full name "Họ Đệm Tên" in NFC. */
    String fullName(Gender gender, boolean bornBefore1990) {
        return withFamily(familyName(), gender, bornBefore1990);
    }

    /** A full name with a given family name (children take the father's). */
    String withFamily(String family, Gender gender, boolean bornBefore1990) {
        List<String> middles = gender == Gender.NAM
                ? (bornBefore1990 ? MALE_MIDDLE_OLDER : MALE_MIDDLE_MODERN)
                : (bornBefore1990 ? FEMALE_MIDDLE_OLDER : FEMALE_MIDDLE_MODERN);
        List<String> given = gender == Gender.NAM ? MALE_GIVEN : FEMALE_GIVEN;
        String middle = pick(middles);
        String name = pick(given);
        // "Nguyễn Minh Minh" reads as a mistake; draw the given name again
        while (name.equals(middle)) {
            name = pick(given);
        }
        return VietnameseText.nfc(family + " " + middle + " " + name);
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private record Weighted(String text, int weight) {
    }
}
