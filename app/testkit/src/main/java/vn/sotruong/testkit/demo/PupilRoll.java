package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.sotruong.core.common.VietnameseText;

/** The pupils of every class, each class listed in the order class lists use (given name first). */
final class PupilRoll {
    private PupilRoll() {
    }

    static List<DemoPupil> of(List<String> classNames, int startYear, int minSize, int maxSize, Random random) {
        PupilFactory factory = new PupilFactory(random);
        Comparator<String> byName = VietnameseText.personNameOrder();
        List<DemoPupil> all = new ArrayList<>();
        int sequence = 0;
        for (String c : classNames) {
            int size = minSize + random.nextInt(maxSize - minSize + 1);
            List<DemoPupil> klass = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                klass.add(factory.pupil(startYear, ClassNames.grade(c), c, ++sequence));
            }
            klass.sort(Comparator.comparing(DemoPupil::fullName, byName).thenComparing(DemoPupil::code));
            all.addAll(klass);
        }
        return all;
    }
}
