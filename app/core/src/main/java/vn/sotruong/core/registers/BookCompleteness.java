package vn.sotruong.core.registers;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.sotruong.core.gradebook.MissingEntry;
import vn.sotruong.core.gradebook.ResultPeriod;
import vn.sotruong.core.gradebook.ResultsService;
import vn.sotruong.core.organisation.SchoolClass;
import vn.sotruong.core.security.Actor;

/**
 * Sổ đã đủ dữ liệu chưa: the required entries a book still lacks in one of its classes — for books of entered
 * results only, for HK1 (period 1) or the whole year (periods 2 and year), for a sổ cá nhân its subject only. Read
 * with the actor's rights, once per class and period.
 */
final class BookCompleteness {
    /** Books whose data are the entered scores and assessments. */
    static final Set<RegisterName> GRADED = EnumSet.of(RegisterName.SO_THEO_DOI_DANH_GIA, RegisterName.SO_CA_NHAN,
            RegisterName.HOC_BA, RegisterName.BANG_TONG_HOP, RegisterName.DANH_SACH_CUOI_NAM);

    private final ResultsService results;
    private final Actor actor;
    private final Map<String, List<MissingEntry>> cache = new HashMap<>();

    BookCompleteness(ResultsService results, Actor actor) {
        this.results = results;
        this.actor = actor;
    }

    /** What the book asked for by {@code r} still lacks in class {@code c}; empty when complete or not graded. */
    List<MissingEntry> missing(SchoolClass c, PrintRequest r) {
        if (!GRADED.contains(r.register())) {
            return List.of();
        }
        ResultPeriod period = r.period() == RegisterPeriod.HK1 ? ResultPeriod.HK1 : ResultPeriod.CN;
        String subject = r.register() == RegisterName.SO_CA_NHAN ? r.options().subject() : null;
        return cache.computeIfAbsent(c.id() + "|" + period, k -> results.missing(actor, c.id(), period)).stream()
                .filter(m -> subject == null || subject.equals(m.sheet().item())).toList();
    }
}
