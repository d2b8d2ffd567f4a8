package vn.sotruong.core.registers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.attendance.AbsenceTally;
import vn.sotruong.core.pupil.Movement;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilPhoto;

/**
 * Hồ sơ chuyển trường: what the school hands over when a pupil transfers out — the record, the sổ đăng bộ line,
 * the history of movements and, for every school year attended, the entries and the results as computed now,
 * with the attendance totals. Values are already written as printed (dates dd/MM/yyyy, "7,5", "Đ", "T").
 *
 * @param heading the administrative heading's values (SUPERIOR, SCHOOL, PLACE, PRINCIPAL, YEAR_LABEL…)
 * @param transfer the transfer out the dossier is for
 * @param photo the record's photo, or null
 */
public record TransferDossier(Map<String, Object> heading, Pupil pupil, int registerNo, LocalDate admittedOn,
                              String admittedFrom, Movement transfer, String fromClass, List<HistoryLine> history,
                              List<YearRecord> years, PupilPhoto photo, LocalDate issuedOn) {
    public TransferDossier {
        heading = Collections.unmodifiableMap(new LinkedHashMap<>(heading));
        history = List.copyOf(history);
        years = List.copyOf(years);
    }

    /** One movement of the pupil's history, as printed. */
    public record HistoryLine(String date, String kind, String className, String detail) {
    }

    /** One school year at this school: its class, each subject's entries and results, learning, conduct, absences. */
    public record YearRecord(String yearLabel, String className, List<SubjectLine> subjects, String learningHk1,
                             String learningHk2, String learningYear, String conductHk1, String conductHk2,
                             String conductYear, AbsenceTally absences, String outcome) {
        public YearRecord {
            subjects = List.copyOf(subjects);
        }
    }

    /**
     * A subject's line: the term and year results (ĐTBmhk / ĐTBmcn or Đ / CĐ, or the Circular 27 level) and every
     * entered cell under its column header ("HK1 TX1" → "8,0").
     */
    public record SubjectLine(String subject, String hk1, String hk2, String year, Map<String, String> entries) {
        public SubjectLine {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** "HK1 TX1: 8,0 · HK1 GK: 7,0 …" */
        public String entriesText() {
            return String.join(" · ", entries.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
        }
    }

    /** The file name both formats share: {@code ho-so-chuyen-truong-HS0001}. */
    public String fileStem() {
        return "ho-so-chuyen-truong-" + pupil.code().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
