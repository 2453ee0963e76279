package io.dossier.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Real articles from the project, in the shapes the hostile tests need. */
final class Articles {

    static final Path SAMPLE = Path.of("samples/cairo-talks.txt");
    static final Path RAFAH = Path.of("src/test/resources/articles/rafah-crossing.md");
    static final Path CEASEFIRE = Path.of("src/test/resources/articles/ceasefire-vote.txt");

    private Articles() {
    }

    static String text(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article JSON Dossier reads: {@code {"title": …, "text": …}}. */
    static String json(String title, Path textFile) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("title", title, "text", text(textFile)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
