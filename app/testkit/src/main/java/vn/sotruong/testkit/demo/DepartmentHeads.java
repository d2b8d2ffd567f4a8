package vn.sotruong.testkit.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.sotruong.core.security.Role;

/** Picks each teaching department's head (tổ trưởng) and gives them the role. */
final class DepartmentHeads {
    private DepartmentHeads() {
    }

    /**
     * @param keepPlain demo logins whose documented roles must stay exactly as documented
     * @return department → head login, in department order; the office's head is its clerk
     */
    static Map<String, String> choose(List<String> departments, List<StaffDraft> staff, Set<String> keepPlain,
                                      Random random) {
        Map<String, String> heads = new LinkedHashMap<>();
        for (String dep : departments) {
            if (dep.equals(LeadershipAndOffice.OFFICE_DEPARTMENT)) {
                heads.put(dep, DemoAccounts.OFFICE);
                continue;
            }
            List<StaffDraft> members = staff.stream()
                    .filter(s -> dep.equals(s.department) && !keepPlain.contains(s.login)).toList();
            StaffDraft head = members.get(random.nextInt(members.size()));
            head.roles.add(Role.TO_TRUONG);
            heads.put(dep, head.login);
        }
        return heads;
    }
}
