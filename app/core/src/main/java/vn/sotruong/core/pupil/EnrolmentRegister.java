package vn.sotruong.core.pupil;

import java.util.List;

/** Sổ đăng bộ: every pupil ever admitted, in registration-number order; the Registers work prints it. */
public record EnrolmentRegister(List<RegisterEntry> entries) {
    public EnrolmentRegister {
        entries = List.copyOf(entries);
    }
}
