package io.dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Where a dossier goes when the user does not say exactly. */
final class OutputNames {

    static final Path DEFAULT_DIR = Path.of("out");

    private OutputNames() {
    }

    /**
     * {@code -o} names a file when it ends in the extension, a folder when it exists as one
     * or ends with a separator; without {@code -o} the dossier goes to {@code out/}.
     */
    static Path resolve(String option, String baseName, String extension) {
        String file = baseName + extension;
        if (option == null) return DEFAULT_DIR.resolve(file);
        Path p = Path.of(option);
        if (option.endsWith("/") || option.endsWith(java.io.File.separator) || Files.isDirectory(p)) return p.resolve(file);
        return p;
    }

    /** "Cairo talks: Hamas & Fatah" → "cairo-talks-hamas-fatah"; never empty. */
    static String slug(String s) {
        if (s == null) return "dossier";
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
            int dash = slug.lastIndexOf('-');
            if (dash > 30) slug = slug.substring(0, dash);
        }
        return slug.isEmpty() ? "dossier" : slug;
    }

    /**
     * A name for a fetched page: the last meaningful part of its path
     * ({@code https://www.bbc.com/news/world-us-canada-33646542} → {@code world-us-canada-33646542},
     * {@code .../story.html} → {@code story}), or a slug of the title when the path says nothing
     * (a bare host, {@code /index.html}, a number alone).
     */
    static String fromUrl(String url, String title) {
        String name = fromUrlPath(url);
        return name != null ? name : slug(title);
    }

    /** The name {@link #fromUrl} takes from the address's path, or null when the path says nothing (the title names it). */
    static String fromUrlPath(String url) {
        String path;
        try {
            path = java.net.URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            path = null;
        }
        if (path != null) {
            String[] parts = path.split("/");
            for (int i = parts.length - 1; i >= 0; i--) {
                String part = parts[i];
                int dot = part.lastIndexOf('.');
                if (dot > 0) part = part.substring(0, dot);
                if (part.isBlank() || part.equalsIgnoreCase("index") || part.matches("\\d{1,4}|amp")) continue;
                return slug(part);
            }
        }
        return null;
    }

    /** The file name without folder and extension: article.txt → article. */
    static String stem(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return slug(dot > 0 ? name.substring(0, dot) : name);
    }
}
