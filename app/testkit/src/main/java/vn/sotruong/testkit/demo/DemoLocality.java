package vn.sotruong.testkit.demo;

import java.util.List;
import java.util.Random;

/**
 * Where the demo school and its families live: one district with its communes and hamlets, and the
 * mobile numbers families have. The place names are illustrative sample data, not an address register.
 */
final class DemoLocality {
    static final String PROVINCE = "Nghệ An";
    static final String DISTRICT = "Diễn Châu";

    private static final List<String> COMMUNES = List.of("xã Diễn Kim", "xã Diễn Hải", "xã Diễn Thịnh",
            "xã Diễn Trung", "xã Diễn Hồng", "xã Diễn Phong", "xã Diễn Vạn", "thị trấn Diễn Châu");
    private static final List<String> BIRTH_PLACES_ELSEWHERE = List.of("Hà Tĩnh", "Thanh Hóa", "Hà Nội",
            "TP. Hồ Chí Minh", "Bình Dương", "Đồng Nai", "Quảng Bình");
    /** Prefixes of the Vietnamese mobile networks (Viettel, Vinaphone, Mobifone, Vietnamobile). */
    private static final List<String> MOBILE_PREFIXES = List.of("086", "096", "097", "098", "032", "033", "034",
            "035", "036", "037", "038", "039", "088", "091", "094", "081", "082", "083", "084", "085", "089",
            "090", "093", "070", "076", "077", "078", "079", "092", "056", "058");

    private final Random random;

    DemoLocality(Random random) {
        this.random = random;
    }

    /** "Xóm 5, xã Diễn Kim, huyện Diễn Châu, tỉnh Nghệ An" (the town has khối instead of xóm). */
    String address() {
        String commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
        String hamlet = commune.startsWith("thị trấn") ? "Khối " + (1 + random.nextInt(12))
                : "Xóm " + (1 + random.nextInt(15));
        return hamlet + ", " + commune + ", huyện " + DISTRICT + ", tỉnh " + PROVINCE;
    }

    /** Nơi sinh: mostly the province itself; some children of families who worked away. */
    String birthPlace() {
        return random.nextInt(100) < 88 ? PROVINCE
                : BIRTH_PLACES_ELSEWHERE.get(random.nextInt(BIRTH_PLACES_ELSEWHERE.size()));
    }

    /** A ten-digit mobile number with a valid network prefix, written as schools do: 0912 345 678. */
    String mobile() {
        String prefix = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()));
        int rest = random.nextInt(10_000_000);
        String digits = prefix + String.format("%07d", rest);
        return digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
    }
}
