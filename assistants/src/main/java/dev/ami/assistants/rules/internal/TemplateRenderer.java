package dev.ami.assistants.rules.internal;

import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

/**
 * Fills a pack's templates, formatting numbers for the pack's locale (decimal commas in French,
 * German and Portuguese; Arabic-Indic digits in Egyptian Arabic). Stateless and thread-safe.
 */
public final class TemplateRenderer {

    private TemplateRenderer() {
    }

    /** The template with each {@code {name}} replaced by its value. */
    public static String render(CompiledPack pack, Template template, Map<String, String> values) {
        String text = pack.template(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** A decimal number with up to three fraction digits, in the pack's locale. */
    public static String decimal(CompiledPack pack, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(pack.locale());
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** A whole number in the pack's locale. */
    public static String integer(CompiledPack pack, long value) {
        return NumberFormat.getIntegerInstance(pack.locale()).format(value);
    }

    /** A point as the locale writes it: (0.2, 0.3), (0,2; 0,3) or (٠٫٢، ٠٫٣). */
    public static String point(CompiledPack pack, double x, double y) {
        char decimalSeparator = DecimalFormatSymbols.getInstance(pack.locale()).getDecimalSeparator();
        String between = decimalSeparator == ',' ? "; " : "ar".equals(pack.locale().getLanguage()) ? "، " : ", ";
        return "(" + decimal(pack, x) + between + decimal(pack, y) + ")";
    }

    /** Items joined with the pack's list separator. */
    public static String list(CompiledPack pack, List<String> items) {
        return String.join(pack.listSeparator(), items);
    }
}
