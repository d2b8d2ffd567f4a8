package vn.sotruong.testkit.demo;

import java.util.List;

/**
 * Shares a subject's classes among its teachers in runs of neighbouring classes (6A–6D, 6E–6H, …),
 * as timetables usually do, so each teacher stays in one or two grades and loads differ by at most
 * one class.
 */
final class BlockAssigner {
    /** An assignment while logins are not yet known. */
    record Draft(String className, String subjectCode, StaffDraft teacher) {
        PlannedAssignment planned() {
            return new PlannedAssignment(className, subjectCode, teacher.login);
        }
    }

    private BlockAssigner() {
    }

    static void assign(String subjectCode, List<String> classNames, List<StaffDraft> teachers, List<Draft> out) {
        int n = classNames.size();
        int t = teachers.size();
        int index = 0;
        for (int i = 0; i < t; i++) {
            int take = n / t + (i < n % t ? 1 : 0);
            for (int k = 0; k < take; k++, index++) {
                out.add(new Draft(classNames.get(index), subjectCode, teachers.get(i)));
            }
        }
    }
}
