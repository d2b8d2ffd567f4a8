package vn.sotruong.core.organisation;

import java.time.LocalDate;

/**
 * A member of staff (cán bộ, giáo viên, nhân viên).
 *
 * @param position what the school calls the job ("Giáo viên Toán", "Nhân viên y tế")
 */
public record StaffMember(long id, String fullName, String gender, LocalDate birthDate, String phone,
                          String position, Long departmentId, boolean active) {
    public StaffMember withId(long newId) {
        return new StaffMember(newId, fullName, gender, birthDate, phone, position, departmentId, active);
    }
}
