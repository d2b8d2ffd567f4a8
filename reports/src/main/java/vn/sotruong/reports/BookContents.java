package vn.sotruong.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sotruong.core.registers.BookSection;

/**
 * Mục lục: the contents page that follows a class book's cover, one line per section of the class's book (the cover,
 * this page, the subject sheets, the summary, the notes) with the book's page number on which it starts (ADR 0045).
 * Its pages are reserved when the cover is laid out (a dry fill with the same lines) and counted in the cover's part,
 * so the sections after it are numbered on through it; it is filled with the real numbers when the class ends.
 */
final class BookContents {
    /** The layout of the contents page ({@code common/contents-A4}, {@code -A3}). */
    static final String TEMPLATE = "common/contents";
    private static final String COVER = "class-book/cover";
    private static final String TITLE = "Mục lục";

    private final String unit;
    /** Where the contents page goes in the book's list of filled sections. */
    final int printIndex;
    /** The book's page number just before the contents page. */
    final int offset;
    private final List<String> titles = new ArrayList<>();
    private final List<Integer> firstPages = new ArrayList<>();
    private int reserved;

    private BookContents(String unit, int printIndex, int offset) {
        this.unit = unit;
        this.printIndex = printIndex;
        this.offset = offset;
    }

    /** Whether section {@code i} is a cover followed by more sections of its class: a contents page goes after it. */
    static boolean follows(List<BookSection> sections, int i) {
        BookSection s = sections.get(i);
        return s.template().equals(COVER) && i + 1 < sections.size()
                && sections.get(i + 1).unit().equals(s.unit());
    }

    static boolean needed(List<BookSection> sections) {
        for (int i = 0; i < sections.size(); i++) {
            if (follows(sections, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A contents page for the class of the cover at {@code coverIndex} in the document, whose cover starts on page
     * {@code coverFirst}; the cover's pages end at {@code offset}; the page goes in at {@code printIndex} of the filled sections.
     */
    static BookContents after(List<BookSection> sections, int coverIndex, int printIndex, int coverFirst, int offset) {
        BookSection cover = sections.get(coverIndex);
        BookContents c = new BookContents(cover.unit(), printIndex, offset);
        c.titles.add(title(cover));
        c.firstPages.add(coverFirst);
        c.titles.add(TITLE);
        c.firstPages.add(offset + 1);
        for (int i = coverIndex + 1; i < sections.size() && sections.get(i).unit().equals(cover.unit()); i++) {
            c.titles.add(title(sections.get(i)));
        }
        return c;
    }

    /** The contents page without its page numbers: the same lines, so the same number of pages. */
    BookSection dry() {
        return section(false);
    }

    /** The contents page with the first page of every section. */
    BookSection filled() {
        if (firstPages.size() != titles.size()) {
            throw new IllegalStateException("contents of " + unit + ": " + firstPages.size() + " of "
                    + titles.size() + " sections laid out");
        }
        return section(true);
    }

    void reserve(int pages) {
        reserved = pages;
    }

    int reserved() {
        return reserved;
    }

    /** The next section of the class starts on {@code page}. */
    void starts(int page) {
        firstPages.add(page);
    }

    private BookSection section(boolean withPages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", titles.get(i));
            row.put("page", withPages ? Integer.toString(firstPages.get(i)) : "");
            rows.add(row);
        }
        return new BookSection(TEMPLATE, unit + " · " + TITLE, Map.of("UNIT", unit), rows);
    }

    private static String title(BookSection s) {
        int dot = s.label().indexOf(" · ");
        return dot < 0 ? s.label() : s.label().substring(dot + 3);
    }
}
