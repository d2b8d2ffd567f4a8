package vn.sotruong.testkit.demo;

import java.util.List;
import java.util.Map;
import vn.sotruong.core.school.School;

/**
 * The whole demo school worked out in memory from the seed, before anything is stored. Keeping the
 * plan pure makes determinism cheap to check and the storing step a plain loop.
 *
 * @param departmentHeads department name → login of its head, in department order
 */
record DemoPlan(School school, int startYear, List<String> departments, Map<String, String> departmentHeads,
                List<PlannedStaff> staff, List<PlannedClass> classes, List<PlannedAssignment> assignments,
                List<DemoPupil> pupils) {
}
