package io.dossier.render;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Which resources a filled document may load while it is typeset: files inside the templates
 * folder (a logo, a style sheet, a font it ships), after resolving links — nothing else. No
 * {@code http:}, {@code ftp:}, {@code jar:} or any other scheme, no file outside the folder: a
 * shared template must not read the user's files into the PDF or tell a server that it ran.
 * Refusals go to {@code warnings} (shown under {@code -v}); the document is typeset without them.
 */
public final class ResourcePolicy {

    private final Path root;
    private final Consumer<String> warnings;

    private ResourcePolicy(Path root, Consumer<String> warnings) {
        this.root = root;
        this.warnings = warnings;
    }

    /** The bundled templates load nothing. */
    static ResourcePolicy none(Consumer<String> warnings) {
        return new ResourcePolicy(null, warnings);
    }

    /** Files inside {@code folder} only. */
    static ResourcePolicy within(Path folder, Consumer<String> warnings) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            real = folder.toAbsolutePath().normalize();
        }
        return new ResourcePolicy(real, warnings);
    }

    /** The base URI relative references in the document resolve against. */
    String baseUri() {
        return root != null ? root.toUri().toString() : "about:dossier";
    }

    /** The file an (absolute, resolved) URI names when the policy allows it, else null. */
    Path allowed(String uri) {
        return fileInside(uri);
    }

    void refuse(String uri, String why) {
        warn("template resource skipped: " + shorten(uri) + " (" + why + ")");
    }

    void warn(String message) {
        warnings.accept(message);
    }

    private Path fileInside(String uri) {
        if (root == null || uri == null) return null;
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme()) || u.getAuthority() != null) return null;
            Path real = Path.of(u).toRealPath();
            return real.startsWith(root) && Files.isRegularFile(real) ? real : null;
        } catch (Exception e) {
            return null; // malformed, missing or unreadable: not loaded either way
        }
    }

    /** A long data: URI or address cut for the message; the command line escapes what it prints. */
    private static String shorten(String uri) {
        return uri == null ? "(none)" : uri.length() > 120 ? uri.substring(0, 120) + "…" : uri;
    }
}
