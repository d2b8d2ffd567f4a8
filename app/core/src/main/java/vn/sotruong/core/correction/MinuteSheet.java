package vn.sotruong.core.correction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The correction minute as printed (biên bản sửa chữa điểm): the administrative heading, the number, the class,
 * one line per corrected cell, the reason, the evidence with its hashes and the three signers' names.
 *
 * @param heading the shared parameters of every administrative page (SUPERIOR, SCHOOL, SCHOOL_UPPER, PLACE …)
 */
public record MinuteSheet(Map<String, Object> heading, int number, String yearLabel, String className,
                          LocalDate date, String reason, String decisionNote, List<Line> lines,
                          List<EvidenceLine> evidence, Map<SignerRole, String> signers, String stamp) {
    public MinuteSheet {
        heading = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(heading)); // values may be null
        lines = List.copyOf(lines);
        evidence = List.copyOf(evidence);
        signers = Map.copyOf(signers);
    }

    /** One corrected cell: pupil, subject, column, the value before and after. */
    public record Line(int no, String pupilCode, String pupilName, String subject, String column, String oldValue,
                       String newValue) {
    }

    public record EvidenceLine(int no, String fileName, String sha256) {
    }
}
