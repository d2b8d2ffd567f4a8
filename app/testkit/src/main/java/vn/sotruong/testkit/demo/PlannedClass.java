package vn.sotruong.testkit.demo;

record PlannedClass(int grade, String name, String homeroomLogin) {
}
