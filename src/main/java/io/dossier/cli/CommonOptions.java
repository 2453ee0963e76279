package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.render.TemplateEngine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

/** Options every command that makes a PDF shares. */
final class CommonOptions {

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "Handling marking on the cover and every page (default: ${DEFAULT-VALUE}).",
            defaultValue = ComposeOptions.DEFAULT_MARKING)
    String marking;

    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper size (default: ${DEFAULT-VALUE}).",
            defaultValue = "a4")
    String paper;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Use the templates (dossier.ftlh, partials, dossier.css) in DIR instead of the bundled ones.")
    Path templates;

    @Option(names = "--author", paramLabel = "NAME",
            description = "Who prepares the dossier, for the PDF metadata (default: the article's byline or source).")
    String author;

    @Option(names = "--pdfa", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Archival PDF/A-2b (ISO 19005-2): sRGB output intent, pdfaid XMP (default: on; "
                    + "--no-pdfa for a plain PDF).")
    boolean pdfa;

    @Option(names = "--duplex",
            description = "Lay out for two-sided printing: mirrored margins, each major section on a right-hand page, "
                    + "blank backs without header or footer; viewer preferences Duplex and PrintScaling=None.")
    boolean duplex;

    ComposeOptions composeOptions() {
        return new ComposeOptions(marking, paper(), generatedAt(), author, duplex);
    }

    /**
     * Archival as asked: PDF/A-2b, or PDF/A-3b carrying {@code attachments} (the Analysis JSON of
     * {@code --attach-json}); attachments without PDF/A are refused.
     */
    PdfFinisher.Archive archive(List<PdfFinisher.Attachment> attachments) {
        if (!attachments.isEmpty() && !pdfa) {
            throw new BadInputException("--attach-json: the JSON is attached to a PDF/A-3 file; drop --no-pdfa");
        }
        return new PdfFinisher.Archive(pdfa, attachments);
    }

    /** {@code warnings} hears of resources a template asked for and did not get (shown under -v). */
    TemplateEngine templateEngine(java.util.function.Consumer<String> warnings) {
        return new TemplateEngine(templates, warnings);
    }

    private Dossier.Paper paper() {
        return switch (paper.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "a4" -> Dossier.Paper.A4;
            case "letter", "us-letter", "usletter" -> Dossier.Paper.LETTER;
            default -> throw new BadInputException("--paper: '" + paper + "' is not a paper size (use a4 or letter)");
        };
    }

    /** SOURCE_DATE_EPOCH makes the "generated" stamp reproducible, as in reproducible-builds.org. */
    static ZonedDateTime generatedAt() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(java.time.ZoneOffset.UTC);
        }
        return ZonedDateTime.now();
    }
}
