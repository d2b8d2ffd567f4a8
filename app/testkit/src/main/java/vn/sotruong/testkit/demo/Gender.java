package vn.sotruong.testkit.demo;

/** Giới tính as the pupil and staff records write it. */
public enum Gender {
    NAM("Nam"),
    NU("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /** "Nam" / "Nữ", the words the import files and registers use. */
    public String label() {
        return label;
    }
}
