package io.dossier.ingest;

import java.util.Locale;

/** The input formats we read. Chosen from the file extension, or sniffed for stdin. */
public enum Format {
    TEXT, MARKDOWN, HTML, JSON;

    /** The format for a file name, or null when the extension is not one we read. Files without an extension are sniffed. */
    static Format fromFileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        if (dot <= 0) return null;
        return fromHint(base.substring(dot + 1));
    }

    /** Parses a hint such as "md", "html", "text"; null for unknown. */
    public static Format fromHint(String hint) {
        if (hint == null) return null;
        return switch (hint.toLowerCase(Locale.ROOT).replace(".", "")) {
            case "txt", "text", "plain" -> TEXT;
            case "md", "markdown", "mdown", "mkd" -> MARKDOWN;
            case "html", "htm", "xhtml" -> HTML;
            case "json" -> JSON;
            default -> null;
        };
    }

    static boolean hasExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).lastIndexOf('.') > 0;
    }

    /** Guesses the format from the first non-blank characters (used for stdin and extension-less files). */
    static Format sniff(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        String head = text.substring(i, Math.min(text.length(), i + 512)).toLowerCase(Locale.ROOT);
        if (head.startsWith("{")) return JSON;
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || head.startsWith("<head") || head.startsWith("<body") || head.startsWith("<article")
                || head.startsWith("<p>") || head.startsWith("<div") || head.startsWith("<!--")) return HTML;
        if (head.startsWith("# ") || head.contains("\n# ") || head.contains("**") || head.contains("](")) return MARKDOWN;
        return TEXT;
    }
}
