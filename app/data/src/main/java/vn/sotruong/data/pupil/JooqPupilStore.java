package vn.sotruong.data.pupil;

import static vn.sotruong.data.jooq.Tables.PUPIL;
import static vn.sotruong.data.jooq.Tables.REGISTER_COUNTER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.InsertValuesStepN;
import vn.sotruong.core.common.VietnameseText;
import vn.sotruong.core.pupil.Admission;
import vn.sotruong.core.pupil.Consent;
import vn.sotruong.core.pupil.Gender;
import vn.sotruong.core.pupil.Parent;
import vn.sotruong.core.pupil.Pupil;
import vn.sotruong.core.pupil.PupilStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jooq.tables.records.PupilRecord;

public final class JooqPupilStore implements PupilStore {
    /** Rows per multi-row INSERT: large enough that 1,500 pupils are a handful of statements. */
    private static final int BATCH = 500;

    private final JooqTransactions tx;

    public JooqPupilStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public int reserveRegisterNumbers(int count) {
        // the UPDATE locks the counter row until commit, so two admissions cannot take the same block
        tx.dsl().update(REGISTER_COUNTER).set(REGISTER_COUNTER.LAST_NUMBER, REGISTER_COUNTER.LAST_NUMBER.plus(count))
                .where(REGISTER_COUNTER.ID.eq(1)).execute();
        int last = tx.dsl().select(REGISTER_COUNTER.LAST_NUMBER).from(REGISTER_COUNTER)
                .where(REGISTER_COUNTER.ID.eq(1)).fetchSingle().value1();
        return last - count + 1;
    }

    @Override
    public List<Long> admit(List<Admission> admissions) {
        for (int i = 0; i < admissions.size(); i += BATCH) {
            List<Admission> chunk = admissions.subList(i, Math.min(admissions.size(), i + BATCH));
            InsertValuesStepN<PupilRecord> insert = tx.dsl().insertInto(PUPIL, PUPIL.CODE, PUPIL.REGISTER_NO,
                    PUPIL.ADMITTED_ON, PUPIL.ADMITTED_FROM, PUPIL.FULL_NAME, PUPIL.SEARCH_KEY, PUPIL.BIRTH_DATE,
                    PUPIL.GENDER, PUPIL.BIRTH_PLACE, PUPIL.ETHNICITY, PUPIL.ADDRESS, PUPIL.POLICY_FAMILY,
                    PUPIL.FATHER_NAME, PUPIL.FATHER_OCCUPATION, PUPIL.FATHER_PHONE, PUPIL.MOTHER_NAME,
                    PUPIL.MOTHER_OCCUPATION, PUPIL.MOTHER_PHONE, PUPIL.GUARDIAN_NAME, PUPIL.GUARDIAN_OCCUPATION,
                    PUPIL.GUARDIAN_PHONE, PUPIL.PHONE, PUPIL.NATIONAL_ID, PUPIL.CONSENT_DATE,
                    PUPIL.CONSENT_RECORDED_BY);
            for (Admission a : chunk) {
                Pupil p = a.pupil();
                List<Object> v = new ArrayList<>(List.of(p.code(), a.registerNo(), a.admittedOn()));
                v.add(a.fromSchool());
                v.addAll(recordValues(p));
                insert = insert.values(v);
            }
            insert.execute();
        }
        // the ids come back by code (unique): one query instead of one RETURNING per row
        Map<String, Long> ids = new java.util.HashMap<>();
        List<String> codes = admissions.stream().map(a -> a.pupil().code()).toList();
        for (int i = 0; i < codes.size(); i += BATCH) {
            tx.dsl().select(PUPIL.CODE, PUPIL.ID).from(PUPIL)
                    .where(PUPIL.CODE.in(codes.subList(i, Math.min(codes.size(), i + BATCH))))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return codes.stream().map(ids::get).toList();
    }

    /** The record's columns from FULL_NAME to CONSENT_RECORDED_BY, in table order. */
    private static List<Object> recordValues(Pupil p) {
        List<Object> v = new ArrayList<>();
        v.add(p.fullName());
        v.add(searchKey(p));
        v.add(p.birthDate());
        v.add(p.gender().name());
        v.add(p.birthPlace());
        v.add(p.ethnicity());
        v.add(p.address());
        v.add(p.policyFamily());
        addParent(v, p.father());
        addParent(v, p.mother());
        addParent(v, p.guardian());
        v.add(p.phone());
        v.add(p.nationalId());
        v.add(p.consent() == null ? null : p.consent().date());
        v.add(p.consent() == null ? null : p.consent().recordedBy());
        return v;
    }

    private static void addParent(List<Object> v, Parent p) {
        v.add(p == null ? null : p.name());
        v.add(p == null ? null : p.occupation());
        v.add(p == null ? null : p.phone());
    }

    private static String searchKey(Pupil p) {
        return VietnameseText.searchKey(p.fullName()).replaceAll("\\s+", " ") + " "
                + p.code().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void update(Pupil p) {
        Parent f = p.father() == null ? new Parent(null, null, null) : p.father();
        Parent m = p.mother() == null ? new Parent(null, null, null) : p.mother();
        Parent g = p.guardian() == null ? new Parent(null, null, null) : p.guardian();
        tx.dsl().update(PUPIL).set(PUPIL.CODE, p.code()).set(PUPIL.FULL_NAME, p.fullName())
                .set(PUPIL.SEARCH_KEY, searchKey(p)).set(PUPIL.BIRTH_DATE, p.birthDate())
                .set(PUPIL.GENDER, p.gender().name()).set(PUPIL.BIRTH_PLACE, p.birthPlace())
                .set(PUPIL.ETHNICITY, p.ethnicity()).set(PUPIL.ADDRESS, p.address())
                .set(PUPIL.POLICY_FAMILY, p.policyFamily())
                .set(PUPIL.FATHER_NAME, f.name()).set(PUPIL.FATHER_OCCUPATION, f.occupation())
                .set(PUPIL.FATHER_PHONE, f.phone())
                .set(PUPIL.MOTHER_NAME, m.name()).set(PUPIL.MOTHER_OCCUPATION, m.occupation())
                .set(PUPIL.MOTHER_PHONE, m.phone())
                .set(PUPIL.GUARDIAN_NAME, g.name()).set(PUPIL.GUARDIAN_OCCUPATION, g.occupation())
                .set(PUPIL.GUARDIAN_PHONE, g.phone())
                .set(PUPIL.PHONE, p.phone()).set(PUPIL.NATIONAL_ID, p.nationalId())
                .set(PUPIL.CONSENT_DATE, p.consent() == null ? null : p.consent().date())
                .set(PUPIL.CONSENT_RECORDED_BY, p.consent() == null ? null : p.consent().recordedBy())
                .where(PUPIL.ID.eq(p.id())).execute();
    }

    @Override
    public Optional<Pupil> find(long pupilId) {
        return tx.dsl().selectFrom(PUPIL).where(PUPIL.ID.eq(pupilId)).fetchOptional().map(JooqPupilStore::pupil);
    }

    @Override
    public Optional<Pupil> findByCode(String code) {
        return tx.dsl().selectFrom(PUPIL).where(PUPIL.CODE.eq(code)).fetchOptional().map(JooqPupilStore::pupil);
    }

    @Override
    public List<Pupil> find(Collection<Long> pupilIds) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return tx.dsl().selectFrom(PUPIL).where(PUPIL.ID.in(pupilIds)).fetch(JooqPupilStore::pupil);
    }

    @Override
    public Optional<Admission> admissionOf(long pupilId) {
        return tx.dsl().selectFrom(PUPIL).where(PUPIL.ID.eq(pupilId)).fetchOptional().map(JooqPupilStore::admission);
    }

    @Override
    public List<Admission> admissions() {
        return tx.dsl().selectFrom(PUPIL).orderBy(PUPIL.REGISTER_NO).fetch(JooqPupilStore::admission);
    }

    @Override
    public List<Pupil> search(String key, int limit) {
        String pattern = "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return tx.dsl().selectFrom(PUPIL).where(PUPIL.SEARCH_KEY.like(pattern, '!')).orderBy(PUPIL.ID).limit(limit)
                .fetch(JooqPupilStore::pupil);
    }

    @Override
    public List<Pupil> all() {
        return tx.dsl().selectFrom(PUPIL).orderBy(PUPIL.ID).fetch(JooqPupilStore::pupil);
    }

    @Override
    public int count() {
        return tx.dsl().fetchCount(PUPIL);
    }

    private static Admission admission(PupilRecord r) {
        return new Admission(pupil(r), r.getRegisterNo(), r.getAdmittedOn(), r.getAdmittedFrom());
    }

    private static Pupil pupil(PupilRecord r) {
        Consent consent = r.getConsentDate() == null ? null : new Consent(r.getConsentDate(), r.getConsentRecordedBy());
        return new Pupil(r.getId(), r.getCode(), r.getFullName(), r.getBirthDate(), Gender.valueOf(r.getGender()),
                r.getBirthPlace(), r.getEthnicity(), r.getAddress(), r.getPolicyFamily(),
                parent(r.getFatherName(), r.getFatherOccupation(), r.getFatherPhone()),
                parent(r.getMotherName(), r.getMotherOccupation(), r.getMotherPhone()),
                parent(r.getGuardianName(), r.getGuardianOccupation(), r.getGuardianPhone()),
                r.getPhone(), r.getNationalId(), consent);
    }

    private static Parent parent(String name, String occupation, String phone) {
        Parent p = new Parent(name, occupation, phone);
        return p.isEmpty() ? null : p;
    }
}
