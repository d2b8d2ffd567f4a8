package vn.sotruong.core.registers;

import java.util.List;

/** What the printer made: the pages of each section in book order. */
public record PrintedBook(List<Integer> sectionPages) {
    public PrintedBook {
        sectionPages = List.copyOf(sectionPages);
    }

    public int pages() {
        return sectionPages.stream().mapToInt(Integer::intValue).sum();
    }

    /** The first page (1-based) of a section. */
    public int firstPage(int section) {
        return 1 + sectionPages.subList(0, section).stream().mapToInt(Integer::intValue).sum();
    }
}
