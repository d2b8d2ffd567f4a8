package vn.sotruong.desktop.common;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One entry of a picker (a teacher, a department) with "none" as a real entry: a combo box cannot
 * show a null item, and "(chưa phân công)" must be choosable to clear a homeroom or a head.
 *
 * @param id the record's id; null for "none"
 */
public record Choice(Long id, String label) {
    public boolean isNone() {
        return id == null;
    }

    /** "None" first, then the given entries. */
    public static List<Choice> withNone(String noneLabel, List<Choice> entries) {
        return Stream.concat(Stream.of(new Choice(null, noneLabel)), entries.stream()).toList();
    }

    /** The entry with this id, else the first ("none" when the list starts with it). */
    public static Choice find(List<Choice> choices, Long id) {
        return choices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.getFirst());
    }

    @Override
    public String toString() {
        return label;
    }
}
