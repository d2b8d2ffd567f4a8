package vn.sotruong.testkit.demo;

import java.util.List;

/**
 * How many teachers a school employs for a group of subjects, and where they sit.
 *
 * @param loginStem the subject word in their logins: gv.toan1, gv.toan2, …
 * @param subjects the subject codes they teach (GDCD teachers also take the local-education content)
 * @param homeroomCandidates whether these teachers may be given a homeroom class
 */
record Staffing(String department, String loginStem, String position, int count, List<String> subjects,
                boolean homeroomCandidates) {
}
