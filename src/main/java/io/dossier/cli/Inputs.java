package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads INPUT arguments (a path, an http(s) address, or "-" for stdin) and applies --title/--source/--date. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Reads one article. Every problem is a {@link BadInputException} whose message starts
     * with the input's name; recoverable oddities go to {@code warnings} as
     * "NAME: warning: ...".
     */
    static Article read(String input, long maxBytes, InputStream stdin, Consumer<String> warnings) {
        return read(input, maxBytes, stdin, warnings, ArticleReader.DEFAULT_FETCH_TIMEOUT);
    }

    /** As above, with the time limit for fetching a web page. */
    static Article read(String input, long maxBytes, InputStream stdin, Consumer<String> warnings, java.time.Duration fetchTimeout) {
        // Warnings are held until the article is read: a refused one gets one line, its reason.
        List<String> held = new ArrayList<>();
        Article article;
        if ("-".equals(input)) {
            article = new ArticleReader(maxBytes, w -> held.add(Term.asWarning("stdin", w))).read(stdin, null, "stdin");
        } else if (ArticleReader.isUrl(input)) {
            article = new ArticleReader(maxBytes, w -> held.add(Term.asWarning(input, w))).readUrl(input, fetchTimeout);
        } else {
            Path path = Path.of(input);
            checkReadable(path, input);
            article = new ArticleReader(maxBytes, w -> held.add(Term.asWarning(input, w))).read(path);
        }
        held.forEach(warnings);
        return article;
    }

    /**
     * An article, or (a {@code .json} file holding one) an Analysis JSON to render as it is; the
     * article's fields overridden as the user asked, and refused when one dossier cannot hold it.
     */
    static Object articleOrAnalysis(String input, long maxBytes, InputStream stdin, Consumer<String> warnings,
                                    String title, String source, String date) {
        if (!"-".equals(input) && input.toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(Path.of(input))
                && Path.of(input).toFile().length() <= maxBytes) {
            try {
                String text = Files.readString(Path.of(input), StandardCharsets.UTF_8);
                if (text.contains("\"dossier-analysis/")) return withParagraphs(AnalysisJson.read(text), input);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadInputException(input + ": not a valid Analysis JSON (" + e.getOriginalMessage() + ")", e);
            } catch (IOException | java.io.UncheckedIOException e) {
                // not UTF-8 text, or unreadable: the article reader says what is wrong
            }
        }
        return override(fitsOneDossier(read(input, maxBytes, stdin, warnings), input), title, source, date);
    }

    /** An Analysis JSON file, or standard input holding one ({@code render}). */
    static Analysis analysis(String input, InputStream stdin) {
        if (!"-".equals(input)) checkReadable(Path.of(input), input);
        try (InputStream in = "-".equals(input) ? stdin : Files.newInputStream(Path.of(input))) {
            return withParagraphs(AnalysisJson.read(in), input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(input + ": not a valid Analysis JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(input + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static Analysis withParagraphs(Analysis a, String input) {
        if (a.article() == null || a.article().paragraphs().isEmpty()) {
            throw new BadInputException(input + ": the analysis has no article paragraphs");
        }
        return a;
    }

    /** The checks the reader leaves to us, worded for a person at a terminal. */
    static void checkReadable(Path path, String name) {
        if (!Files.exists(path)) {
            throw new BadInputException(name + ": no such file" + (Files.isSymbolicLink(path) ? " (broken symbolic link)" : ""));
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(name + ": is a folder, not an article file (use 'dossier batch " + name + "' for every article in it)");
        }
        if (!Files.isRegularFile(path)) throw new BadInputException(name + ": is not a regular file");
        try (FileChannel ignored = FileChannel.open(path, StandardOpenOption.READ)) {
            // readable
        } catch (AccessDeniedException e) {
            throw new BadInputException(name + ": cannot read (permission denied)", e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file", e);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    static Article override(Article a, String title, String source, String date) {
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--date: '" + date + "' is not a date (use YYYY-MM-DD)");
            }
        }
        return new Article(title != null ? title : a.title(), source != null ? source : a.source(),
                date != null ? date : a.date(), a.url(), a.byline(), a.paragraphs());
    }

    /** The inputs that are files (not "-"), for comparing with the outputs. */
    static List<Path> files(java.util.Collection<String> inputs) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) if (!"-".equals(input) && !ArticleReader.isUrl(input)) files.add(Path.of(input));
        return files;
    }

    static String baseName(String input, String title) {
        if ("-".equals(input)) return OutputNames.slug(title);
        if (ArticleReader.isUrl(input)) return OutputNames.fromUrl(input, title);
        return OutputNames.stem(Path.of(input));
    }

    /**
     * The most article text one dossier takes: laying out the full-text appendix of 2 million characters (some
     * 700 pages) fits the launcher's 768 MB heap with room to spare; twice that does not. Analysis alone has no
     * such limit (it is linear in the text); a file's size cannot say this, since a page's markup may weigh
     * megabytes around a short article.
     */
    static final int MAX_TEXT_CHARS = 2_000_000;

    /** Refuses, in one line, an article with more text than one dossier takes. */
    static Article fitsOneDossier(Article article, String input) {
        long chars = 0;
        for (String p : article.paragraphs()) chars += p.length();
        if (chars > MAX_TEXT_CHARS) {
            throw new BadInputException(input + ": holds " + String.format(java.util.Locale.ROOT, "%.1f", chars / 1e6)
                    + " million characters of article text; one dossier takes at most " + MAX_TEXT_CHARS / 1_000_000
                    + " million (about 300,000 words): split it, or use 'dossier analyze' for the analysis alone");
        }
        return article;
    }
}
