package vn.sotruong.core.curriculum;

import java.util.List;
import java.util.Optional;

/** The subjects of each school year (a change of programme never rewrites past years). */
public interface SubjectStore {
    long create(long yearId, Subject subject);

    void update(long yearId, Subject subject);

    List<Subject> list(long yearId);

    Optional<Subject> findByCode(long yearId, String code);
}
