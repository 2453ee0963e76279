package io.dossier.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the templates are told of the style sheets besides the model, as {@code look}: whether the
 * templates folder has its own copy of a bundled file ({@code look.has("dossier.css")}, so the
 * bundled main template layers it after the bundled one), and the {@code --css} files
 * ({@code look.styleSheets}, their addresses, for {@code <link>} elements after every other sheet).
 */
public final class Look {

    static final Look BUNDLED = new Look(null, List.of());

    private final Path folder;
    private final List<String> styleSheets;

    Look(Path folder, List<String> styleSheets) {
        this.folder = folder;
        this.styleSheets = List.copyOf(styleSheets);
    }

    /** Whether the templates folder has its own file of this name (a plain file name). */
    public boolean has(String name) {
        if (folder == null || name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return false;
        }
        return Files.isRegularFile(folder.resolve(name));
    }

    /** The {@code --css} files' addresses, in the order given. */
    public List<String> getStyleSheets() {
        return styleSheets;
    }
}
