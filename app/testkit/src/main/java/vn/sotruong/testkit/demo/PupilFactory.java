package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Makes the pupils of one class: ages that match the grade (a few a year older, as happens after a
 * repeated year or a late start), mostly Kinh with some of the province's other ethnic groups,
 * parents with the father's family name passed to the child.
 */
final class PupilFactory {
    private static final List<String> OTHER_ETHNICITIES = List.of("Thái", "Thổ", "Khơ Mú", "Mông", "Mường",
            "Tày", "Nùng");
    private static final List<String> OCCUPATIONS = List.of("Làm ruộng", "Làm ruộng", "Làm ruộng", "Công nhân",
            "Công nhân", "Buôn bán", "Buôn bán", "Lao động tự do", "Lao động tự do", "Thợ xây", "Lái xe",
            "Ngư dân", "Giáo viên", "Công chức", "Kinh doanh", "Nhân viên văn phòng", "Bộ đội", "Y tá");
    private static final List<String> MOTHER_ONLY_OCCUPATIONS = List.of("Nội trợ", "May mặc");

    private final Random random;
    private final VietnameseNames names;
    private final DemoLocality locality;

    PupilFactory(Random random) {
        this.random = random;
        this.names = new VietnameseNames(random);
        this.locality = new DemoLocality(random);
    }

    /**
     * @param startYear the school year's first calendar year: a grade-g pupil turns g + 5 in it
     * @param sequence the running number that makes the pupil code unique in the school
     */
    DemoPupil pupil(int startYear, int grade, String className, int sequence) {
        Gender gender = random.nextBoolean() ? Gender.NAM : Gender.NU;
        int birthYear = startYear - (grade + 5) - (random.nextInt(100) < 2 ? 1 : 0);
        LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(LocalDate.ofYearDay(birthYear, 1)
                .lengthOfYear()));
        String family = names.familyName();
        String fullName = names.withFamily(family, gender, false);
        int household = random.nextInt(100);
        boolean fatherListed = household >= 4;
        boolean motherListed = household < 4 || household >= 6;
        boolean parentsBefore1990 = random.nextInt(100) < 45;
        String father = fatherListed ? names.withFamily(family, Gender.NAM, parentsBefore1990) : null;
        String mother = motherListed ? names.fullName(Gender.NU, parentsBefore1990) : null;
        // a grandparent raises the child when neither parent is at home
        String guardian = household >= 4 && household < 6 ? names.fullName(random.nextBoolean() ? Gender.NAM
                : Gender.NU, true) : null;
        String ethnicity = random.nextInt(100) < 94 ? "Kinh" : OTHER_ETHNICITIES.get(random.nextInt(
                OTHER_ETHNICITIES.size()));
        String code = String.format("%02d%05d", (startYear - (grade - firstGradeOf(grade))) % 100, sequence);
        return new DemoPupil(code, fullName, gender, birth, ethnicity, locality.birthPlace(), locality.address(),
                random.nextInt(100) < 3, father, father == null ? null : occupation(false), mother,
                mother == null ? null : occupation(true), guardian, locality.mobile(), grade, className);
    }

    private String occupation(boolean mother) {
        if (mother && random.nextInt(100) < 12) {
            return MOTHER_ONLY_OCCUPATIONS.get(random.nextInt(MOTHER_ONLY_OCCUPATIONS.size()));
        }
        return OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size()));
    }

    /** Pupils keep the code they got when they entered the school (grade 1 or grade 6). */
    private static int firstGradeOf(int grade) {
        return grade >= 6 ? 6 : 1;
    }
}
