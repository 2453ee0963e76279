package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.ingest.ArticleReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file of web addresses, for {@code batch}: one {@code http://} or {@code https://} address a
 * line; blank lines and lines starting with {@code #} are skipped. Only a file named as a batch
 * argument is ever taken as one (never a file found in a folder or named on standard input):
 * <ul>
 * <li>{@code NAME.urls} always is; a line that is not a web address stops the batch before it starts.</li>
 * <li>{@code NAME.txt} is when it holds at least one address and nothing else (UTF-8, at most
 * {@value #MAX_BYTES} bytes); any other line, even one, makes it an article: an article has
 * prose, so it is never taken for a list.</li>
 * </ul>
 */
final class UrlList {

    static final long MAX_BYTES = 1024 * 1024;

    private UrlList() {
    }

    /** The addresses in {@code file}, in order, or null when it is not a list of addresses (then it is an article). */
    static List<String> read(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean urls = name.endsWith(".urls");
        if (!urls && !name.endsWith(".txt")) return null;
        try {
            if (!Files.isRegularFile(file)) return urls ? refuse(file, "no such file") : null;
            if (Files.size(file) > MAX_BYTES) return urls ? refuse(file, "larger than 1 MB; not a list of web addresses") : null;
        } catch (IOException e) {
            return urls ? refuse(file, "cannot read (" + AtomicFile.reason(e) + ")") : null;
        }
        List<String> addresses = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                String s = line.strip();
                if (number == 1 && s.startsWith("\uFEFF")) s = s.substring(1).strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                if (!ArticleReader.isUrl(s)) {
                    if (!urls) return null; // prose: an article
                    throw new BadInputException(file + ":" + number + ": '" + s + "' is not a web address"
                            + " (a .urls file holds one http:// or https:// address a line; # starts a comment)");
                }
                addresses.add(s);
            }
        } catch (CharacterCodingException e) {
            return urls ? refuse(file, "is not UTF-8 text; not a list of web addresses") : null;
        } catch (IOException e) {
            return urls ? refuse(file, "cannot read (" + AtomicFile.reason(e) + ")") : null;
        }
        return urls || !addresses.isEmpty() ? addresses : null;
    }

    private static List<String> refuse(Path file, String reason) {
        throw new BadInputException(file + ": " + reason);
    }
}
