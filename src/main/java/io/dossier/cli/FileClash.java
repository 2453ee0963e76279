package io.dossier.cli;

import io.dossier.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A command never writes over one of its own inputs, nor two of its results into one file.
 * Before anything is written, every file a command will write is compared with every input
 * and with each other as files, not as spellings: {@code ./a.txt}, a symbolic link to it and a
 * hard link to it are all {@code a.txt} (the same file key: device and inode). A file that does
 * not exist yet is compared by its real path (its folder's symbolic links followed).
 * <p>
 * Writing goes through a rename, which would replace a link rather than the file it points
 * to; a clash is refused all the same: the user named the input, which is a mistake worth a
 * line rather than a surprise.
 */
final class FileClash {

    /**
     * A file a command will write: what it is ("the PDF", "the Analysis JSON of a.txt"), for the
     * message, and the option that chose its name, for the hint.
     */
    record Planned(Path path, String what, String option) {
    }

    private FileClash() {
    }

    /** Throws a {@link BadInputException} (exit status 2) naming the first clash; inputs that do not exist are skipped. */
    static void refuse(Collection<Path> inputs, List<Planned> outputs) {
        Map<Object, Path> read = new HashMap<>();
        for (Path in : inputs) {
            Object id = existing(in);
            if (id != null) read.putIfAbsent(id, in);
        }
        Map<Object, Planned> written = new HashMap<>();
        for (Planned out : outputs) {
            Object id = identity(out.path());
            Path input = read.get(id);
            if (input != null) {
                throw new BadInputException(out.path() + ": " + out.what() + " would overwrite the input"
                        + (sameSpelling(out.path(), input) ? "" : " " + input) + " (choose another " + out.option() + ")");
            }
            Planned earlier = written.putIfAbsent(id, out);
            if (earlier != null) {
                throw new BadInputException(out.path() + ": " + out.what() + " and " + earlier.what() + " would be the same file"
                        + (sameSpelling(out.path(), earlier.path()) ? "" : " " + earlier.path())
                        + " (choose another " + out.option() + ")");
            }
        }
    }

    /** The file key of an existing file (links followed), or null when there is no such file. */
    private static Object existing(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * An existing file's key, else the real path it would be created at. That path may exist
     * already: {@code new/../a.txt} does not resolve while {@code new} is missing, but is
     * {@code a.txt} once the output folders are made.
     */
    private static Object identity(Path p) {
        Object key = existing(p);
        if (key != null) return key;
        Path at = wouldBeAt(p);
        key = existing(at);
        return key != null ? key : at;
    }

    /** The real path of a file yet to be made: its nearest existing folder's real path, then the rest as written. */
    private static Path wouldBeAt(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path rest = abs.getFileName() == null ? Path.of("") : abs.getFileName();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            try {
                return dir.toRealPath().resolve(rest);
            } catch (IOException | SecurityException e) {
                rest = dir.getFileName() == null ? rest : dir.getFileName().resolve(rest);
            }
        }
        return abs;
    }

    private static boolean sameSpelling(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
