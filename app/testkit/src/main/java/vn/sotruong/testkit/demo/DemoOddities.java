package vn.sotruong.testkit.demo;

import java.util.List;

/**
 * What the demo school's gradebook hides for the vice-principal's review (docs/demo-data.md), as generated.
 *
 * @param highScorer login of the teacher whose scores run far above the school's in {@code highSubject}
 * @param highScorerClasses the classes where that teacher teaches {@code highSubject}
 * @param lateClass the class whose every entry round was imported weeks after its deadline
 * @param heavyEditor login of the teacher who changed already entered values many times
 * @param heavyEditorChanges how many changes of entered values that teacher made
 * @param gaps required entries never entered (chưa đủ đầu điểm)
 * @param exemption the pupil exempt from the practical part of GDTC (Miễn TH) in both terms, THCS only
 */
public record DemoOddities(String highScorer, String highSubject, List<String> highScorerClasses, String lateClass,
                           String heavyEditor, int heavyEditorChanges, List<Gap> gaps, Gap exemption) {
    public DemoOddities {
        highScorerClasses = List.copyOf(highScorerClasses);
        gaps = List.copyOf(gaps);
    }

    /** A cell of the gradebook: the class, the pupil's code, the sheet ({@code MON/GDCD}, {@code PCNL}), the slot. */
    public record Gap(String className, String pupilCode, String sheet, String slot) {
    }
}
