package io.dossier.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code --timeout}: "60s", "90", "2m", "1.5s", "500ms" → a duration; "0" is no limit. */
final class TimeLimit implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern TIME = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|m|min|h)?", Pattern.CASE_INSENSITIVE);

    @Override
    public Duration convert(String value) {
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches()) throw new CommandLine.TypeConversionException("'" + value + "' is not a time (use e.g. 90s or 5m; 0 for no limit)");
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        double millis = n * switch (unit) {
            case "ms" -> 1;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        if (millis > Duration.ofDays(365).toMillis()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is out of range (use e.g. 90s or 5m; 0 for no limit)");
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** "60 s", "1.5 s", "500 ms", "5 min" — as the limit is named in a failure line. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms % 60_000 == 0 && ms >= 120_000) return ms / 60_000 + " min";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
