package vn.sotruong.core.pupil;

import java.time.LocalDate;

/**
 * Sự đồng ý của cha mẹ cho xử lý dữ liệu cá nhân của trẻ (Nghị định 13/2023, Luật 91/2025): when the
 * parents agreed and who on the staff recorded it, so the school can show it was asked for.
 *
 * @param recordedBy the login of the staff member who recorded it
 */
public record Consent(LocalDate date, String recordedBy) {
}
