package vn.sotruong.testkit.demo;

import java.time.LocalDate;
import java.util.Random;

/** Adult staff: name, gender, date of birth for a working age, a mobile number. */
final class PersonFactory {
    record Person(String fullName, Gender gender, LocalDate birthDate, String phone) {
    }

    private final Random random;
    private final VietnameseNames names;
    private final DemoLocality locality;
    private final int startYear;

    PersonFactory(Random random, int startYear) {
        this.random = random;
        this.names = new VietnameseNames(random);
        this.locality = new DemoLocality(random);
        this.startYear = startYear;
    }

    /**
     * @param womenPercent most teachers in Vietnamese schools are women; leaders less often
     */
    Person person(int womenPercent, int minAge, int maxAge) {
        Gender g = random.nextInt(100) < womenPercent ? Gender.NU : Gender.NAM;
        int age = minAge + random.nextInt(maxAge - minAge + 1);
        int birthYear = startYear - age;
        LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
        return new Person(names.fullName(g, birthYear < 1990), g, birth, locality.mobile());
    }
}
