package vn.sotruong.core.school;

/** What the first-run wizard and {@code sotruong school init} ask for. */
public record SchoolInit(School school, int startYear, String adminLogin, String adminFullName,
                         char[] adminPassword) {
}
