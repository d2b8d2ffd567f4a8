package vn.sotruong.core.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Danh mục hồ sơ của năm học: every book the school keeps for the year with its state, as of {@code at}, under the
 * school's heading (school, year, principal, place).
 */
public record RecordCatalogue(BookHeading heading, Instant at, List<CatalogueEntry> entries) {
    public RecordCatalogue {
        entries = List.copyOf(entries);
    }

    /** How many books are in each state. */
    public Map<RecordState, Integer> counts() {
        Map<RecordState, Integer> m = new EnumMap<>(RecordState.class);
        for (RecordState s : RecordState.values()) {
            m.put(s, 0);
        }
        entries.forEach(e -> m.merge(e.state(), 1, Integer::sum));
        return m;
    }

    /** The columns of the printed catalogue and its spreadsheet. */
    public static final List<String> HEADERS = List.of("STT", "Tên sổ", "Lớp / giáo viên / tháng", "Tình trạng",
            "Sổ in số", "Ngày in", "Ký số", "Đóng quyển", "Lưu trữ", "Ghi chú");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The book's name as the school writes it. */
    public static String title(RegisterName register) {
        return switch (register) {
            case SO_THEO_DOI_DANH_GIA -> "Sổ theo dõi và đánh giá học sinh";
            case SO_CA_NHAN -> "Sổ theo dõi và đánh giá HS (giáo viên bộ môn)";
            case SO_GOI_TEN -> "Sổ gọi tên và ghi điểm danh";
            case HOC_BA -> "Học bạ";
            case BANG_TONG_HOP -> "Bảng tổng hợp kết quả đánh giá GD";
            case SO_DANG_BO -> "Sổ đăng bộ";
            case DANH_SACH_CUOI_NAM -> "Danh sách cuối năm";
        };
    }

    /** One row of text per book, in Vietnamese, under {@link #HEADERS} (dates dd/MM/yyyy). */
    public List<List<String>> rows() {
        List<List<String>> out = new ArrayList<>();
        int n = 0;
        for (CatalogueEntry e : entries) {
            n++;
            PrintRecord p = e.print();
            out.add(List.of(String.valueOf(n), title(e.register()), e.what(), e.state().label(),
                    p == null ? "" : String.valueOf(p.id()),
                    p == null ? "" : day(LocalDate.ofInstant(p.printedAt(),
                            vn.sotruong.core.deadline.EntryProgressService.SCHOOL_ZONE)),
                    e.signature() == null ? "" : e.signature().login() + " " + day(LocalDate.ofInstant(
                            e.signature().signedAt(), vn.sotruong.core.deadline.EntryProgressService.SCHOOL_ZONE)),
                    day(e.boundOn()), day(e.archivedOn()),
                    e.outOfDate() ? "Đã lỗi thời: cần in lại, ký lại" : ""));
        }
        return out;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.format(DAY);
    }

    public String yearLabel() {
        return heading.yearLabel();
    }

    /** "Đã in: 12 · Đã ký: 3 · …" for the foot of the printed catalogue. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        parts.add("Tổng số: " + entries.size() + " sổ");
        counts().forEach((s, n) -> parts.add(s.label() + ": " + n));
        parts.add("đã lỗi thời (cần in lại, ký lại): " + outOfDate());
        return String.join(" · ", parts) + ".";
    }

    /** Books whose latest print is out of date. */
    public long outOfDate() {
        return entries.stream().filter(CatalogueEntry::outOfDate).count();
    }
}
