package io.dossier.compose;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A CSS length with a unit a print designer uses (mm, cm, in, pt), kept in millimetres. */
record Length(double mm) {

    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt)");

    /** Parses {@code 15mm}, {@code 1.5cm}, {@code 0.75in}, {@code 36pt}; null when it is not one. */
    static Length parse(String text) {
        Matcher m = LENGTH.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1));
        return new Length(switch (m.group(2)) {
            case "cm" -> v * 10;
            case "in" -> v * 25.4;
            case "pt" -> v * 25.4 / 72;
            default -> v;
        });
    }

    String css() {
        return format(mm) + "mm";
    }

    /** Up to two decimals, no trailing zeros: 210, 215.9, 12.7. */
    static String format(double mm) {
        String s = String.format(Locale.ROOT, "%.2f", mm);
        return s.replaceFirst("\\.?0+$", "");
    }
}
