package vn.sotruong.data.year;

import static vn.sotruong.data.jooq.Tables.SUBJECT;
import static vn.sotruong.data.jooq.Tables.SUBJECT_PERIODS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.sotruong.core.curriculum.AssessmentForm;
import vn.sotruong.core.curriculum.Subject;
import vn.sotruong.core.curriculum.SubjectStore;
import vn.sotruong.data.jdbc.JooqTransactions;
import vn.sotruong.data.jooq.tables.records.SubjectRecord;

public final class JooqSubjectStore implements SubjectStore {
    private final JooqTransactions tx;

    public JooqSubjectStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long create(long yearId, Subject s) {
        long id = tx.dsl().insertInto(SUBJECT, SUBJECT.YEAR_ID, SUBJECT.CODE, SUBJECT.NAME, SUBJECT.ASSESSMENT_FORM,
                        SUBJECT.OPTIONAL_SUBJECT, SUBJECT.SORT_ORDER)
                .values(yearId, s.code(), s.name(), s.form().name(), s.optional(), s.sortOrder())
                .returningResult(SUBJECT.ID).fetchOne().value1();
        savePeriods(id, s.periodsPerGrade());
        return id;
    }

    @Override
    public void update(long yearId, Subject s) {
        tx.dsl().update(SUBJECT).set(SUBJECT.NAME, s.name()).set(SUBJECT.ASSESSMENT_FORM, s.form().name())
                .set(SUBJECT.OPTIONAL_SUBJECT, s.optional()).set(SUBJECT.SORT_ORDER, s.sortOrder())
                .where(SUBJECT.ID.eq(s.id()).and(SUBJECT.YEAR_ID.eq(yearId))).execute();
        tx.dsl().deleteFrom(SUBJECT_PERIODS).where(SUBJECT_PERIODS.SUBJECT_ID.eq(s.id())).execute();
        savePeriods(s.id(), s.periodsPerGrade());
    }

    private void savePeriods(long subjectId, Map<Integer, Integer> periods) {
        periods.forEach((grade, p) -> tx.dsl().insertInto(SUBJECT_PERIODS, SUBJECT_PERIODS.SUBJECT_ID,
                SUBJECT_PERIODS.GRADE, SUBJECT_PERIODS.PERIODS_PER_YEAR).values(subjectId, grade, p).execute());
    }

    @Override
    public List<Subject> list(long yearId) {
        List<SubjectRecord> rows = tx.dsl().selectFrom(SUBJECT).where(SUBJECT.YEAR_ID.eq(yearId))
                .orderBy(SUBJECT.SORT_ORDER, SUBJECT.CODE).fetch();
        Map<Long, Map<Integer, Integer>> periods = new HashMap<>();
        tx.dsl().select(SUBJECT_PERIODS.SUBJECT_ID, SUBJECT_PERIODS.GRADE, SUBJECT_PERIODS.PERIODS_PER_YEAR)
                .from(SUBJECT_PERIODS).join(SUBJECT).on(SUBJECT.ID.eq(SUBJECT_PERIODS.SUBJECT_ID))
                .where(SUBJECT.YEAR_ID.eq(yearId))
                .forEach(r -> periods.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return rows.stream().map(r -> toSubject(r, periods.getOrDefault(r.getId(), Map.of()))).toList();
    }

    @Override
    public Optional<Subject> findByCode(long yearId, String code) {
        return list(yearId).stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
    }

    private static Subject toSubject(SubjectRecord r, Map<Integer, Integer> periods) {
        return new Subject(r.getId(), r.getCode(), r.getName(), AssessmentForm.valueOf(r.getAssessmentForm()),
                r.getOptionalSubject(), r.getSortOrder(), periods);
    }
}
