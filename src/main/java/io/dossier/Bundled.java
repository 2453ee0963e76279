package io.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files that ship inside the jar and, when the {@code dossier} launcher runs it, also lie on
 * disk beside it. The launcher names those folders in system properties: reading a file in
 * place is cheaper than inflating a jar entry (a one-shot run waits for the language models),
 * and AWT opens a font file in place where a stream must first be copied to a temporary file.
 * Without the property, or when the file is missing there, the jar's copy is used.
 */
public final class Bundled {

    /** Folder of the fonts ({@code fonts/} in the repository). */
    public static final String FONTS = "dossier.fonts";
    /** Folder of the compact language models the build writes ({@code target/classes/models}). */
    public static final String MODELS = "dossier.models";

    private Bundled() {
    }

    /** The file {@code name} in the folder the system property {@code folder} names, or null. */
    public static Path onDisk(String folder, String name) {
        String dir = System.getProperty(folder);
        if (dir == null) return null;
        Path p = Path.of(dir, name);
        return Files.isRegularFile(p) ? p : null;
    }

    /**
     * The bytes of {@code name}: from the folder the property {@code folder} names, else from
     * the classpath resource {@code resourceDir/name}; null when neither has it.
     */
    public static byte[] readIfPresent(String folder, String resourceDir, String name) {
        Path p = onDisk(folder, name);
        if (p != null) {
            try {
                return Files.readAllBytes(p);
            } catch (IOException e) {
                // fall back to the jar's copy
            }
        }
        String resource = resourceDir + "/" + name;
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** As {@link #readIfPresent}, for files the jar always has. */
    public static byte[] read(String folder, String resourceDir, String name) {
        byte[] bytes = readIfPresent(folder, resourceDir, name);
        if (bytes == null) throw new IllegalStateException(resourceDir + "/" + name + " missing from the classpath");
        return bytes;
    }
}
