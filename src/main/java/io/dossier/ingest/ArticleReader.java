package io.dossier.ingest;

import io.dossier.BadInputException;
import io.dossier.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads an article (plain text, Markdown, HTML or JSON; a file or a stream such as stdin) into an
 * {@link Article}. Anything we cannot work with becomes a {@link BadInputException} whose message
 * is one line naming the input. Recoverable oddities (e.g. a Windows-1252 file) go to the warning callback.
 */
public final class ArticleReader {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Time limit for fetching one web page, redirects included. */
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(20);

    private final long maxBytes;
    private final Consumer<String> warnings;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES, w -> { });
    }

    /** @param maxBytes largest input accepted; @param warnings receives one-line warnings (never null). */
    public ArticleReader(long maxBytes, Consumer<String> warnings) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive");
        this.maxBytes = maxBytes;
        this.warnings = warnings;
    }

    public Article read(Path file) {
        String name = file.toString();
        Format format = Format.fromFileName(name);
        if (format == null && Format.hasExtension(name)) {
            String base = file.getFileName().toString();
            throw new BadInputException(name + ": unsupported file type '" + base.substring(base.lastIndexOf('.')).toLowerCase(Locale.ROOT)
                    + "' (use .txt, .md, .html or .json)");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new BadInputException(name + ": is a directory, not an article file");
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(name);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, format, name);
    }

    /** Reads a stream (stdin for "-"); {@code formatHint} is "txt", "md", "html", "json" or null to guess. */
    public Article read(InputStream in, String formatHint, String name) {
        byte[] bytes;
        try {
            bytes = readLimited(in, name);
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        return parse(bytes, Format.fromHint(formatHint), name);
    }

    /** Reads an article held in a string; {@code formatHint} as for streams. */
    public Article read(String content, String formatHint, String name) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxBytes) throw tooLarge(name);
        return parse(bytes, Format.fromHint(formatHint), name);
    }

    /** True for an INPUT that is a web address (http:// or https://) rather than a file name. */
    public static boolean isUrl(String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * Fetches a web page and reads its article (see {@link PageFetcher} for what is fetched
     * and refused). The address given becomes the article's URL, the link back to the source.
     */
    public Article readUrl(String address, Duration timeout) {
        PageFetcher.Page page = new PageFetcher(maxBytes, timeout).fetch(address);
        if (page.body().length == 0) throw new BadInputException(address + ": is empty (the server sent no page)");
        String html = page.charset() != null ? new String(page.body(), page.charset())
                : Decoder.decode(page.body(), address, warnings);
        String text = Normalizer.normalize(html);
        if (text.isBlank()) throw new BadInputException(address + ": is empty (only whitespace)");
        Draft d = HtmlParser.parse(text, address, page.finalUri().toString());
        return finish(d.withUrl(address.strip()), Format.HTML, address);
    }

    /** Plain text from a string (kept for callers of the first cut). */
    public Article fromText(String text) {
        return read(text, "txt", "<text>");
    }

    private byte[] readLimited(InputStream in, String name) throws IOException {
        return BoundedRead.all(in, maxBytes, () -> tooLarge(name));
    }

    private BadInputException tooLarge(String name) {
        return new BadInputException(name + ": larger than the " + humanSize(maxBytes) + " size limit for one article");
    }

    static String humanSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes % 1024 == 0) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }

    /** Documents people save under the wrong name, by the bytes they start with. */
    private static final String[][] DOCUMENT_MAGIC = {
            {"%PDF-", "a PDF document"}, {"PK\u0003\u0004", "a zip archive (a .docx, .epub or .zip)"},
            {"{\\rtf", "an RTF document"}, {"\u00D0\u00CF\u0011\u00E0", "an old Word or Excel document"}};

    private Article parse(byte[] bytes, Format format, String name) {
        if (bytes.length == 0) throw new BadInputException(name + ": is empty");
        for (String[] magic : DOCUMENT_MAGIC) {
            byte[] m = magic[0].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            if (bytes.length >= m.length && java.util.Arrays.equals(bytes, 0, m.length, m, 0, m.length)) {
                throw new BadInputException(name + ": is " + magic[1] + ", not an article (use .txt, .md, .html or .json)");
            }
        }
        String text = Normalizer.normalize(Decoder.decode(bytes, name, warnings));
        if (text.isBlank()) throw new BadInputException(name + ": is empty (only whitespace)");
        Format f = format != null ? format : Format.sniff(text);
        Draft d = switch (f) {
            case TEXT -> PlainTextParser.parse(text);
            case MARKDOWN -> MarkdownParser.parse(text);
            case HTML -> HtmlParser.parse(text, name, null);
            case JSON -> JsonParser.parse(text, name);
        };
        return finish(d, f, name);
    }

    private Article finish(Draft d, Format f, String name) {
        List<String> ps = d.paragraphs();
        // Markup, front matter or a comment with no prose around it is an empty article, whatever the format.
        if (ps.isEmpty()) throw new BadInputException(name + ": is empty (no article text" + (f == Format.HTML ? " in the page)" : ")"));
        EnglishCheck.require(String.join("\n", ps), name);
        if (d.title() == null || d.title().isBlank()) d = d.withTitle(Headlines.derive(ps.get(0)));
        return d.toArticle();
    }
}
