package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.ingest.ArticleReader;
import io.dossier.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads INPUT arguments (a path or "-" for stdin) and applies --title/--source/--date. */
final class Inputs {

    private Inputs() {
    }

    static Article read(String input) {
        ArticleReader reader = new ArticleReader();
        if ("-".equals(input)) {
            try {
                return reader.fromText(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInputException("stdin: cannot read (" + e.getMessage() + ")", e);
            }
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) throw new BadInputException(input + ": no such file");
        if (Files.isDirectory(path)) throw new BadInputException(input + ": is a folder, not an article file");
        return reader.read(path);
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

    static String baseName(String input, String title) {
        return "-".equals(input) ? OutputNames.slug(title) : OutputNames.stem(Path.of(input));
    }
}
