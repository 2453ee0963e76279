package io.dossier.ingest;

import io.dossier.BadInputException;
import io.dossier.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an article file into an {@link Article}. (First cut: plain text only.) */
public final class ArticleReader {

    public Article read(Path file) {
        try {
            return fromText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public Article fromText(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (!line.isBlank()) paragraphs.add(line.strip());
        }
        if (paragraphs.isEmpty()) throw new BadInputException("the article is empty");
        return new Article(null, null, null, null, null, paragraphs);
    }
}
