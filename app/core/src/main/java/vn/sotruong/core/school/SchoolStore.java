package vn.sotruong.core.school;

import java.util.Optional;

public interface SchoolStore {
    Optional<School> find();

    void save(School school);
}
