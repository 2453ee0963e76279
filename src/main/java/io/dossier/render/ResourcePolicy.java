package io.dossier.render;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Which resources a filled document may load while it is typeset: files inside the templates
 * folder (a logo, a style sheet, a font it ships), after resolving links, and the files named
 * one by one on the command line ({@code --css}) — nothing else. Naming a style sheet grants
 * that file, not its neighbours: a sheet downloaded into a folder of other files must not carry
 * them into the PDF. No {@code http:}, {@code ftp:}, {@code jar:} or any other scheme: a shared
 * template must not read the user's files into the PDF or tell a server that it ran.
 * Refusals go to {@code notes} (shown under {@code -v}); the document is typeset without them.
 * What the user must hear of (a font family that is not there) goes to {@code warnings}, once.
 */
public final class ResourcePolicy {

    private final Path root;
    private final Set<Path> files;
    private final Consumer<String> notes;
    private final Consumer<String> warnings;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private ResourcePolicy(Path root, Set<Path> files, Consumer<String> notes, Consumer<String> warnings) {
        this.root = root;
        this.files = files;
        this.notes = notes;
        this.warnings = warnings;
    }

    /** The bundled templates load nothing. */
    static ResourcePolicy none(Consumer<String> notes) {
        return new ResourcePolicy(null, Set.of(), notes, notes);
    }

    /** Files inside {@code folder} only. */
    static ResourcePolicy within(Path folder, Consumer<String> notes) {
        return of(folder, List.of(), notes, notes);
    }

    /** Files inside {@code folder} (null: none) and the files named. */
    static ResourcePolicy of(Path folder, List<Path> named, Consumer<String> notes, Consumer<String> warnings) {
        Set<Path> real = new java.util.HashSet<>();
        for (Path p : named) real.add(real(p));
        return new ResourcePolicy(folder == null ? null : real(folder), Set.copyOf(real), notes, warnings);
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The base URI relative references in the document resolve against. */
    String baseUri() {
        return root != null ? root.toUri().toString() : "about:dossier";
    }

    /** The file an (absolute, resolved) URI names when the policy allows it, else null. */
    Path allowed(String uri) {
        if (uri == null || (root == null && files.isEmpty())) return null;
        try {
            URI u = new URI(uri);
            if (!"file".equalsIgnoreCase(u.getScheme()) || u.getAuthority() != null) return null;
            Path real = Path.of(u).toRealPath();
            boolean inside = root != null && real.startsWith(root) || files.contains(real);
            return inside && Files.isRegularFile(real) ? real : null;
        } catch (Exception e) {
            return null; // malformed, missing or unreadable: not loaded either way
        }
    }

    /** Whether anything at all may be loaded: the bundled templates alone load nothing. */
    boolean loadsFiles() {
        return root != null || !files.isEmpty();
    }

    void refuse(String uri, String why) {
        note("template resource skipped: " + shorten(uri) + " (" + why + ")");
    }

    void note(String message) {
        notes.accept(message);
    }

    /** A warning the user sees (unless --quiet), once per run however many documents meet it. */
    void warn(String message) {
        if (warned.add(message)) warnings.accept(message);
    }

    /** A long data: URI or address cut for the message; the command line escapes what it prints. */
    private static String shorten(String uri) {
        return uri == null ? "(none)" : uri.length() > 120 ? uri.substring(0, 120) + "…" : uri;
    }
}
