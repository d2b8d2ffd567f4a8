package vn.sotruong.testkit.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Chooses one homeroom teacher (GVCN) per class among the teachers who teach that class, no teacher
 * for two classes. A greedy pick can paint itself into a corner for the last classes, so this is a
 * bipartite matching (augmenting paths); candidate order is shuffled by the seed for variety.
 */
final class HomeroomMatcher {
    private final Map<String, List<StaffDraft>> candidates = new HashMap<>();
    private final Map<StaffDraft, String> classOf = new IdentityHashMap<>();
    private final Map<String, StaffDraft> teacherOf = new HashMap<>();

    /**
     * @param classNames in the order classes get their first choice
     * @param candidatesByClass teachers allowed to be the homeroom teacher of each class
     * @return class name → homeroom teacher
     */
    Map<String, StaffDraft> match(List<String> classNames, Map<String, List<StaffDraft>> candidatesByClass,
                                  Random random) {
        for (String c : classNames) {
            List<StaffDraft> list = new ArrayList<>(candidatesByClass.getOrDefault(c, List.of()));
            Collections.shuffle(list, random);
            candidates.put(c, list);
        }
        for (String c : classNames) {
            if (!augment(c, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                throw new IllegalStateException("No homeroom teacher left for class " + c);
            }
        }
        return teacherOf;
    }

    private boolean augment(String className, java.util.Set<StaffDraft> seen) {
        for (StaffDraft t : candidates.get(className)) {
            if (!seen.add(t)) {
                continue;
            }
            String current = classOf.get(t);
            if (current == null || augment(current, seen)) {
                classOf.put(t, className);
                teacherOf.put(className, t);
                return true;
            }
        }
        return false;
    }
}
