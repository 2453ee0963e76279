package io.dossier.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the many ways a publication date is written in metadata into ISO yyyy-MM-dd. */
final class Dates {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASHED = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("d MMMM uuuu"), formatter("d MMM uuuu"),
            formatter("EEEE, MMMM d, uuuu"), formatter("EEE, d MMM uuuu"));

    private Dates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** ISO date for {@code raw}, the raw text when it cannot be understood (kept so a reader still sees it), or null. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        Matcher m = ISO_PREFIX.matcher(s);
        if (m.find()) return valid(m.group(1), m.group(2), m.group(3), s);
        m = SLASHED.matcher(s);
        if (m.find()) return valid(m.group(1), m.group(2), m.group(3), s);
        String cleaned = s.replace(".", "").replaceAll("\\s+", " ").replaceFirst("(?i)^(\\w+day),? ", "$1, ");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(cleaned, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        String noWeekday = cleaned.replaceFirst("(?i)^\\w+day, ", "");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(noWeekday, f).toString();
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        return s;
    }

    private static String valid(String y, String mo, String d, String raw) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).toString();
        } catch (RuntimeException e) {
            return raw;
        }
    }
}
