package vn.sotruong.core.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.assessment.Score;
import vn.sotruong.core.assessment.tt27.PrimaryYear;
import vn.sotruong.core.assessment.tt27.QualityLevel;
import vn.sotruong.core.assessment.tt27.SubjectLevel;
import vn.sotruong.core.assessment.tt27.SubjectYearEnd;
import vn.sotruong.core.assessment.tt27.Tt27RuleSet;
import vn.sotruong.core.curriculum.Subject;

/** Turns a pupil's stored cells into what the Circular 27 rules read (the cuối năm entries). */
final class Tt27Assembler {
    private static final String YEAR_END = "CN";

    private Tt27Assembler() {
    }

    static PrimaryYear year(List<Subject> subjects, int grade, List<Entry> entries) {
        Map<String, Map<String, Entry>> bySubject = new HashMap<>();
        Map<String, Entry> qualities = new HashMap<>();
        for (Entry e : entries) {
            if (e.key().area() == Area.SUBJECT) {
                bySubject.computeIfAbsent(e.key().item(), k -> new HashMap<>()).put(e.slot(), e);
            } else if (e.key().area() == Area.QUALITY) {
                qualities.put(e.slot(), e);
            }
        }
        List<SubjectYearEnd> yearEnd = new ArrayList<>();
        List<SubjectYearEnd> supplementary = new ArrayList<>();
        for (Subject s : subjects) {
            Map<String, Entry> cells = bySubject.getOrDefault(s.code(), Map.of());
            yearEnd.add(new SubjectYearEnd(s.code(), level(cells, ColumnLayout.level(YEAR_END)),
                    score(cells, ColumnLayout.test(YEAR_END))));
            SubjectLevel bsLevel = level(cells, ColumnLayout.level(ColumnLayout.SUPPLEMENTARY));
            Score bsTest = score(cells, ColumnLayout.test(ColumnLayout.SUPPLEMENTARY));
            if (bsLevel != null || bsTest != null) {
                supplementary.add(new SubjectYearEnd(s.code(), bsLevel, bsTest));
            }
        }
        Map<String, QualityLevel> q = new LinkedHashMap<>();
        for (String code : Tt27RuleSet.QUALITIES) {
            Entry e = qualities.get(ColumnLayout.quality(code, YEAR_END));
            if (e != null && e.value().mark() != null) {
                q.put(code, ColumnKind.qualityLevel(e.value().mark()));
            }
        }
        Entry nomination = qualities.get(ColumnLayout.TIEU_BIEU);
        return PrimaryYear.of(grade, yearEnd, q).withSupplementary(supplementary)
                .withNomination(nomination == null ? null : nomination.value().remark());
    }

    private static SubjectLevel level(Map<String, Entry> cells, String slot) {
        Entry e = cells.get(slot);
        return e == null || e.value().mark() == null ? null : SubjectLevel.valueOf(e.value().mark());
    }

    private static Score score(Map<String, Entry> cells, String slot) {
        Entry e = cells.get(slot);
        return e == null || e.value().score() == null ? null : new Score(e.value().score());
    }
}
