package vn.sotruong.core.assessment;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.sotruong.core.i18n.Messages;

/**
 * Why a result is what it is: a message code and its arguments, never a sentence. Arguments are
 * numbers (exact {@link BigDecimal}s, shown with their own number of decimals in the reader's locale),
 * plain text (subject codes) or {@link Label}s, which are themselves translated.
 */
public record Explanation(String code, List<Object> args) {
    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String code, Object... args) {
        return new Explanation(code, Arrays.asList(args));
    }

    /** An argument that is itself a message code (a level's name, …). */
    public record Label(String code) {
    }

    public static Label label(String code) {
        return new Label(code);
    }

    /** The explanation in the language of {@code messages}. */
    public String render(Messages messages) {
        List<Object> shown = new ArrayList<>();
        for (Object a : args) {
            shown.add(switch (a) {
                case Label l -> messages.get(l.code());
                case Explanation e -> e.render(messages);
                case BigDecimal d -> format(d, messages);
                default -> a;
            });
        }
        return messages.get(code, shown.toArray());
    }

    private static String format(BigDecimal d, Messages messages) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        int scale = Math.max(0, d.scale());
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        f.setGroupingUsed(false);
        return f.format(d);
    }
}
