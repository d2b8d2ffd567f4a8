package vn.sotruong.core.correction;

import java.util.List;
import java.util.Optional;

/** The correction minutes with their items and evidence. */
public interface CorrectionStore {
    /** Stores a new draft (its number the next of the year) with its items; returns its id. */
    long create(CorrectionMinute draft);

    /** Writes the workflow fields (status, dates, who, note). */
    void update(CorrectionMinute minute);

    Optional<CorrectionMinute> find(long id);

    List<CorrectionMinute> ofYear(long yearId);

    /** Minutes of the year in a status (e.g. APPROVED ones open their cells). */
    List<CorrectionMinute> inStatus(long yearId, MinuteStatus status);

    long addEvidence(long minuteId, Evidence evidence, byte[] content);

    byte[] evidenceContent(long evidenceId);
}
