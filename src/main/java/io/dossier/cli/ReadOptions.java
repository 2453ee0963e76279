package io.dossier.cli;

import io.dossier.ingest.ArticleReader;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Options for reading articles. */
final class ReadOptions {

    @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class, defaultValue = "5MB",
            description = "Largest article accepted, e.g. 800KB, 5MB, 1GB (default: ${DEFAULT-VALUE}).")
    long maxSize = ArticleReader.DEFAULT_MAX_BYTES;

    /** "5MB", "5M", "800 KB", "1.5MiB", "1048576" → bytes (binary units: 1 KB = 1024 bytes). */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(i?b)?", Pattern.CASE_INSENSITIVE);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip());
            if (!m.matches()) throw new CommandLine.TypeConversionException("'" + value + "' is not a size (use e.g. 800KB or 5MB)");
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit) + 1;
            double bytes = n * Math.pow(1024, power);
            if (bytes < 1 || bytes > Long.MAX_VALUE / 2) {
                throw new CommandLine.TypeConversionException("'" + value + "' is out of range (use e.g. 800KB or 5MB)");
            }
            return (long) bytes;
        }
    }
}
