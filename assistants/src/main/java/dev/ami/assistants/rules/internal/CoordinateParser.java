package dev.ami.assistants.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds coordinate pairs written in parentheses or brackets: {@code (0.2, 0.3)},
 * {@code (0,2; 0,3)}, {@code (0,2, 0,3)}, {@code [0.2 0.3]}. Decimal commas are accepted where
 * the separator between the two numbers is unambiguous. Stateless and thread-safe.
 */
public final class CoordinateParser {

    private static final Pattern GROUP = Pattern.compile("[(\\[]([^()\\[\\]]{1,40})[)\\]]");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private CoordinateParser() {
    }

    /** Every well-formed pair, in the order they appear; each as {x, y}. */
    public static List<double[]> pairs(String text) {
        List<double[]> pairs = new ArrayList<>();
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            double[] pair = parsePair(group.group(1).strip());
            if (pair != null) {
                pairs.add(pair);
            }
        }
        return pairs;
    }

    private static double[] parsePair(String inside) {
        String[] parts;
        if (inside.contains(";")) {
            parts = inside.split("\\s*;\\s*");
        } else if (inside.matches(".*,\\s+.*")) {
            parts = inside.split("\\s*,\\s+");
        } else if (inside.contains(",")) {
            parts = splitCommasOnly(inside);
        } else {
            parts = inside.split("\\s+");
        }
        if (parts == null || parts.length != 2) {
            return null;
        }
        Double x = number(parts[0]);
        Double y = number(parts[1]);
        return x == null || y == null ? null : new double[] {x, y};
    }

    /** "0.2,0.3" or "2,3" is two numbers; "0,2,0,3" is two numbers with decimal commas. */
    private static String[] splitCommasOnly(String inside) {
        String[] pieces = inside.split(",", -1);
        if (pieces.length == 2) {
            return pieces;
        }
        if (pieces.length == 4 && DIGITS.matcher(pieces[1].strip()).matches() && DIGITS.matcher(pieces[3].strip()).matches()) {
            return new String[] {pieces[0] + "." + pieces[1], pieces[2] + "." + pieces[3]};
        }
        return null;
    }

    private static Double number(String part) {
        String s = part.strip();
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        return Double.parseDouble(s.replace(',', '.'));
    }
}
