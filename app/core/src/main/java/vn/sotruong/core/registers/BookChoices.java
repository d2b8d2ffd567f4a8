package vn.sotruong.core.registers;

import java.util.List;
import java.util.Set;

/**
 * Lựa chọn khi in một sổ: which scopes, parts of the year and papers a book can be printed for, so a print screen
 * offers exactly those. A book added to {@link RegisterName} describes its choices here and appears in the screens
 * without changes to them.
 *
 * @param scopes whether the book is printed for a class, a grade, the whole school
 * @param periods the parts of the year it shows, the usual one first
 * @param papers the papers it has layouts for, the usual one first
 */
public record BookChoices(Set<RegisterScope.Kind> scopes, List<RegisterPeriod> periods, List<Paper> papers) {
    private static final Set<RegisterScope.Kind> ANY_SCOPE = Set.of(RegisterScope.Kind.CLASS, RegisterScope.Kind.GRADE,
            RegisterScope.Kind.SCHOOL);
    private static final List<RegisterPeriod> ANY_PERIOD = List.of(RegisterPeriod.YEAR, RegisterPeriod.HK1,
            RegisterPeriod.HK2);

    public BookChoices {
        scopes = Set.copyOf(scopes);
        periods = List.copyOf(periods);
        papers = List.copyOf(papers);
    }

    public static BookChoices of(RegisterName book) {
        return switch (book) {
            case SO_THEO_DOI_DANH_GIA, BANG_TONG_HOP -> new BookChoices(ANY_SCOPE, ANY_PERIOD, List.of(Paper.A4, Paper.A3));
            case SO_DANG_BO -> new BookChoices(ANY_SCOPE, List.of(RegisterPeriod.YEAR), List.of(Paper.A4, Paper.A3));
            case DANH_SACH_CUOI_NAM -> new BookChoices(ANY_SCOPE, List.of(RegisterPeriod.YEAR, RegisterPeriod.HK2),
                    List.of(Paper.A4));
            case SO_CA_NHAN, SO_GOI_TEN -> new BookChoices(Set.of(RegisterScope.Kind.CLASS), ANY_PERIOD,
                    List.of(Paper.A4));
            case HOC_BA -> new BookChoices(ANY_SCOPE, List.of(RegisterPeriod.YEAR), List.of(Paper.A4));
        };
    }

    /** The books this version prints, in the order of {@link RegisterName}. */
    public static List<RegisterName> printable() {
        return java.util.Arrays.stream(RegisterName.values()).filter(RegisterName::available).toList();
    }
}
