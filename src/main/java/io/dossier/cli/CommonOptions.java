package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.render.TemplateEngine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.ZonedDateTime;

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

    ComposeOptions composeOptions() {
        return new ComposeOptions(marking, paper(), generatedAt(), author);
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
    private static ZonedDateTime generatedAt() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(java.time.ZoneOffset.UTC);
        }
        return ZonedDateTime.now();
    }
}
