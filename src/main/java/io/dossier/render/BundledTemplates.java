package io.dossier.render;

import io.dossier.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bundled template set (the project's {@code templates/}, inside the jar): its file names, and
 * a copy of it as a starting point for a designer ({@code dossier templates init DIR}).
 */
public final class BundledTemplates {

    private static final String ROOT = "templates";

    private BundledTemplates() {
    }

    /** Every bundled file, as a path relative to the set ({@code dossier.css}, {@code email/message.ftlh}), sorted. */
    public static List<String> names() {
        URL main = BundledTemplates.class.getClassLoader().getResource(ROOT + "/" + TemplateEngine.MAIN_TEMPLATE);
        if (main == null) throw new IllegalStateException(ROOT + "/ missing from the classpath");
        try {
            URI uri = main.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return list(jar.getPath("/" + ROOT));
            }
            return list(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled templates: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(f)) names.add(root.relativize(f).toString().replace('\\', '/'));
            }
        }
        return names;
    }

    /**
     * Copies the bundled set into {@code dir} (made when missing) and returns the files written.
     * Refuses, writing nothing, when any of them exists: a designer's work is never overwritten.
     */
    public static List<Path> copyTo(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new BadInputException(dir + ": is a file, not a folder");
        List<String> names = names();
        List<Path> existing = new ArrayList<>();
        for (String name : names) {
            Path target = dir.resolve(name);
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) existing.add(target);
        }
        if (!existing.isEmpty()) {
            throw new BadInputException(existing.get(0) + ": exists; not overwriting it"
                    + (existing.size() > 1 ? " (nor " + (existing.size() - 1) + " more)" : "") + "; nothing was copied");
        }
        List<Path> written = new ArrayList<>();
        try {
            for (String name : names) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = BundledTemplates.class.getClassLoader().getResourceAsStream(ROOT + "/" + name)) {
                    if (in == null) throw new IllegalStateException(ROOT + "/" + name + " missing from the classpath");
                    // CREATE_NEW: a file that appeared meanwhile is not overwritten either
                    Files.write(target, in.readAllBytes(), java.nio.file.StandardOpenOption.CREATE_NEW);
                }
                written.add(target);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BadInputException(e.getFile() + ": exists; not overwriting it", e);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write (" + e.getMessage() + ")", e);
        }
        return written;
    }
}
