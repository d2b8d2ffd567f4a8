package vn.sotruong.core.pupil;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Pupil records and the sổ đăng bộ's numbering. */
public interface PupilStore {
    /**
     * Reserves {@code count} consecutive registration numbers and returns the first. The counter only
     * goes up, so a number is never given twice, even after a pupil leaves or a record is removed.
     */
    int reserveRegisterNumbers(int count);

    /** Stores the admissions in one batch; returns the new pupils' ids in the same order. */
    List<Long> admit(List<Admission> admissions);

    void update(Pupil pupil);

    Optional<Pupil> find(long pupilId);

    Optional<Pupil> findByCode(String code);

    List<Pupil> find(Collection<Long> pupilIds);

    Optional<Admission> admissionOf(long pupilId);

    /** Every line of the register, by registration number. */
    List<Admission> admissions();

    /** Pupils whose accent-free name or code contains the key (already {@code VietnameseText.searchKey}'d). */
    List<Pupil> search(String key, int limit);

    /** Code, name and date of birth of every pupil, for duplicate checks. */
    List<Pupil> all();

    int count();
}
