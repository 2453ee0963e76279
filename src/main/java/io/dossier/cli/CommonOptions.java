package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.compose.Margins;
import io.dossier.compose.PageSetup;
import io.dossier.compose.Sections;
import io.dossier.finish.PdfFinisher;
import io.dossier.render.Logo;
import io.dossier.render.TemplateEngine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/** Options every command that makes a PDF shares: how it looks, what it holds, how it is archived. */
final class CommonOptions {

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "Handling marking on the cover and every page (default: ${DEFAULT-VALUE}).",
            defaultValue = ComposeOptions.DEFAULT_MARKING)
    String marking;

    @Option(names = "--no-marking",
            description = "No handling marking anywhere: not on the cover, in the running header or footer, nor in an email.")
    boolean noMarking;

    @Option(names = "--paper", paramLabel = "SIZE",
            description = "Paper: a4, a5, letter, legal or WIDTHxHEIGHT in mm, cm or in (200x250mm, 8.5x11in); "
                    + "default: the style sheets' @page size (the bundled ones: A4).")
    String paper;

    @Option(names = "--landscape", description = "Turn the paper sideways (--paper's, or A4).")
    boolean landscape;

    @Option(names = "--margins", paramLabel = "LENGTHS",
            description = "Page margins, one to four lengths as in CSS (15mm; 20mm 15mm; mm, cm, in or pt); "
                    + "default: the style sheets' (the bundled ones: 24mm 18mm 20mm).")
    String margins;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates laid over the bundled ones: DIR may hold any of them (only a dossier.css, say, "
                    + "which is layered after the bundled one). 'dossier templates init DIR' copies the bundled set.")
    Path templates;

    /** How --css and the css key separate files: a comma and the spaces around it. */
    static final String LIST_SEPARATOR = "\\s*,\\s*";

    @Option(names = "--css", paramLabel = "FILE", split = LIST_SEPARATOR, splitSynopsisLabel = ",",
            description = "A style sheet laid over the others (repeatable; after the templates' own). "
                    + "It may load no other file: fonts and images belong in a --templates folder.")
    List<Path> css;

    @Option(names = "--logo", paramLabel = "FILE",
            description = "An SVG (drawn as vectors), PNG or JPEG logo on the cover and in the running header.")
    Path logo;

    @Option(names = "--watermark", paramLabel = "TEXT",
            description = "Text across every page, light and diagonal (DRAFT); the text beneath stays readable.")
    String watermark;

    @Option(names = "--sections", paramLabel = "LIST",
            description = "The sections after the cover and contents, in this order: any of summary, actors, quotes, "
                    + "timeline, places, fulltext (a book: summary, actors, quotes in each article; timeline).")
    String sections;

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

    /** The command this mixin is part of, for the terminal warnings go to. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    ComposeOptions composeOptions() {
        Dossier.Paper sheet = parsed("--paper", paper, Dossier.Paper::parse);
        Margins asked = parsed("--margins", margins, Margins::parse);
        List<String> chosen = parsed("--sections", sections, Sections::parse);
        PageSetup page;
        try {
            page = new PageSetup(sheet, landscape, asked);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--margins: " + e.getMessage(), e);
        }
        String logoUri = logo == null ? null : Logo.dataUri(logo);
        return new ComposeOptions(noMarking ? "" : marking, sheet, generatedAt(), author, duplex, page, chosen, logoUri,
                watermark);
    }

    /** A flag's value parsed, null when not given; a bad one is one line naming the flag. */
    private static <T> T parsed(String flag, String value, Function<String, T> parse) {
        if (value == null) return null;
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(flag + ": " + e.getMessage(), e);
        }
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

    /**
     * The templates and style sheets asked for. {@code notes} hears of resources a template asked for
     * and did not get (shown under -v); a font family the style sheets name that is not there is a
     * warning on stderr.
     */
    TemplateEngine templateEngine(java.util.function.Consumer<String> notes) {
        Term term = mixee == null ? null : Main.of(mixee).term;
        java.util.function.Consumer<String> warnings = term == null ? notes : w -> term.warning("warning: " + w);
        return new TemplateEngine(templates, css == null ? List.of() : css, notes, warnings);
    }

    /**
     * The files the look is read from — the {@code --css} files, the {@code --logo}, the files of the
     * {@code --templates} folder — which no output may overwrite, as no article input may be.
     */
    List<Path> lookFiles() {
        List<Path> files = new java.util.ArrayList<>();
        if (css != null) files.addAll(css);
        if (logo != null) files.add(logo);
        if (templates != null && java.nio.file.Files.isDirectory(templates)) {
            // a templates folder is small; the bound keeps a mistaken -templates / from walking the disk
            try (var walk = java.nio.file.Files.walk(templates, 3)) {
                walk.filter(java.nio.file.Files::isRegularFile).limit(10_000).forEach(files::add);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // unreadable: the template engine says so when it reads the folder
            }
        }
        return files;
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
