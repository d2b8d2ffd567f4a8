package vn.sotruong.data.school;

import static vn.sotruong.data.jooq.Tables.SCHOOL;

import java.util.Optional;
import vn.sotruong.core.school.School;
import vn.sotruong.core.school.SchoolLevel;
import vn.sotruong.core.school.SchoolStore;
import vn.sotruong.data.jdbc.JooqTransactions;

public final class JooqSchoolStore implements SchoolStore {
    private final JooqTransactions tx;

    public JooqSchoolStore(JooqTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<School> find() {
        return tx.dsl().selectFrom(SCHOOL).where(SCHOOL.ID.eq(1)).fetchOptional()
                .map(r -> new School(r.getName(), r.getMoetCode(), r.getProvince(), r.getDistrict(),
                        SchoolLevel.valueOf(r.getSchoolLevel()), r.getPrincipalName(), r.getDemo()));
    }

    @Override
    public void save(School s) {
        tx.dsl().mergeInto(SCHOOL).using(tx.dsl().selectOne()).on(SCHOOL.ID.eq(1))
                .whenMatchedThenUpdate()
                .set(SCHOOL.NAME, s.name()).set(SCHOOL.MOET_CODE, s.moetCode()).set(SCHOOL.PROVINCE, s.province())
                .set(SCHOOL.DISTRICT, s.district()).set(SCHOOL.SCHOOL_LEVEL, s.level().name())
                .set(SCHOOL.PRINCIPAL_NAME, s.principalName()).set(SCHOOL.DEMO, s.demo())
                .whenNotMatchedThenInsert(SCHOOL.ID, SCHOOL.NAME, SCHOOL.MOET_CODE, SCHOOL.PROVINCE, SCHOOL.DISTRICT,
                        SCHOOL.SCHOOL_LEVEL, SCHOOL.PRINCIPAL_NAME, SCHOOL.DEMO)
                .values(1, s.name(), s.moetCode(), s.province(), s.district(), s.level().name(), s.principalName(),
                        s.demo())
                .execute();
    }
}
