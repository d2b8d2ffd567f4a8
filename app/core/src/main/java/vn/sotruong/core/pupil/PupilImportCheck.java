package vn.sotruong.core.pupil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.sotruong.core.common.DomainException;

/**
 * Checks the rows of a HOCSINH sheet against each other and against the school, and names every
 * problem by row and column. Nothing is stored here: the service stores the pupils only when this
 * found no error.
 */
final class PupilImportCheck {
    /** What the school already holds. */
    record School(List<Pupil> pupils, Map<Long, String> classOfPupilThisYear) {
    }

    private final School school;
    private final LocalDate today;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final List<Pupil> accepted = new ArrayList<>();

    PupilImportCheck(School school, LocalDate today) {
        this.school = school;
        this.today = today;
    }

    List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /** The valid rows as records, in file order. Meaningful only when {@link #issues()} holds no error. */
    List<Pupil> accepted() {
        return List.copyOf(accepted);
    }

    PupilImportCheck check(List<PupilRow> rows) {
        if (rows.isEmpty()) {
            issues.add(ImportIssue.error(0, null, "pupil.import.noRows", null));
            return this;
        }
        Map<String, Pupil> byCode = index(school.pupils(), Pupil::code);
        Map<String, Pupil> byIdentity = index(school.pupils(), p -> PupilRules.identityKey(p.fullName(), p.birthDate()));
        Map<String, Integer> codeRowInFile = new HashMap<>();
        Map<String, Integer> identityRowInFile = new HashMap<>();
        for (PupilRow row : rows) {
            Pupil p = parse(row);
            if (p == null) {
                continue;
            }
            Integer firstRow = codeRowInFile.putIfAbsent(p.code(), row.row());
            Pupil existing = byCode.get(p.code());
            if (firstRow != null) {
                issues.add(ImportIssue.error(row.row(), PupilColumn.CODE, "pupil.import.codeDuplicateInFile",
                        p.code() + " / " + firstRow));
                continue;
            }
            if (existing != null) {
                String otherClass = school.classOfPupilThisYear().get(existing.id());
                issues.add(otherClass != null
                        ? ImportIssue.error(row.row(), PupilColumn.CODE, "pupil.alreadyInClass", otherClass)
                        : ImportIssue.error(row.row(), PupilColumn.CODE, "pupil.codeExists", p.code()));
                continue;
            }
            String identity = PupilRules.identityKey(p.fullName(), p.birthDate());
            Integer twinRow = identityRowInFile.putIfAbsent(identity, row.row());
            if (twinRow != null) {
                issues.add(ImportIssue.error(row.row(), PupilColumn.FULL_NAME, "pupil.import.sameNameAndBirthInFile",
                        String.valueOf(twinRow)));
                continue;
            }
            Pupil same = byIdentity.get(identity);
            if (same != null) {
                issues.add(ImportIssue.error(row.row(), PupilColumn.FULL_NAME, "pupil.sameNameAndBirth", same.code()));
                continue;
            }
            accepted.add(p);
        }
        return this;
    }

    /** The row as a record, or null after naming each bad cell. */
    private Pupil parse(PupilRow row) {
        int before = issues.size();
        String code = cell(row, PupilColumn.CODE, PupilRules::code);
        String name = cell(row, PupilColumn.FULL_NAME, PupilRules::name);
        LocalDate birth = cell(row, PupilColumn.BIRTH_DATE, t -> PupilRules.date(t).filter(d -> !d.isAfter(today))
                .orElseThrow(() -> new DomainException("pupil.import.dateInvalid", t)));
        Gender gender = cell(row, PupilColumn.GENDER, t -> Gender.parse(t)
                .orElseThrow(() -> new DomainException("pupil.import.genderInvalid", t)));
        Boolean policy = optional(row, PupilColumn.POLICY_FAMILY, t -> PupilRules.yesNo(t)
                .orElseThrow(() -> new DomainException("pupil.import.yesNoInvalid", t)));
        String ethnicity = optional(row, PupilColumn.ETHNICITY, PupilRules::text);
        String birthPlace = optional(row, PupilColumn.BIRTH_PLACE, PupilRules::text);
        String address = optional(row, PupilColumn.ADDRESS, PupilRules::text);
        String father = optional(row, PupilColumn.FATHER, PupilRules::name);
        String mother = optional(row, PupilColumn.MOTHER, PupilRules::name);
        String guardian = optional(row, PupilColumn.GUARDIAN, PupilRules::name);
        String phone = optional(row, PupilColumn.PHONE, PupilRules::phone);
        if (issues.size() > before) {
            return null;
        }
        return new Pupil(0, code, name, birth, gender, birthPlace, ethnicity, address, Boolean.TRUE.equals(policy),
                parent(father), parent(mother), parent(guardian), phone, null, null);
    }

    private static Parent parent(String name) {
        return name == null ? null : new Parent(name, null, null);
    }

    private <T> T cell(PupilRow row, PupilColumn column, Function<String, T> read) {
        if (row.get(column) == null) {
            issues.add(ImportIssue.error(row.row(), column, "pupil.import.required", null));
            return null;
        }
        return optional(row, column, read);
    }

    private <T> T optional(PupilRow row, PupilColumn column, Function<String, T> read) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return read.apply(text);
        } catch (DomainException e) {
            issues.add(ImportIssue.error(row.row(), column, e.code(), text));
            return null;
        }
    }

    private static <K> Map<K, Pupil> index(List<Pupil> pupils, Function<Pupil, K> key) {
        Map<K, Pupil> m = new HashMap<>();
        pupils.forEach(p -> m.putIfAbsent(key.apply(p), p));
        return m;
    }
}
