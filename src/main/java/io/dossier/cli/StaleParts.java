package io.dossier.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the temporary files a killed run left behind. {@link AtomicFile} names them
 * {@code .NAME.PID-RANDOM.part} and deletes them itself, even on Ctrl-C; only SIGKILL (or a
 * crash of the machine) leaves one. The first write of a run into a folder removes, in that
 * folder, the ones that are ours and stale:
 * <ul>
 * <li>ours: the name has our pattern, and it is a regular file (not a link, not a folder);</li>
 * <li>stale: the process named in it is gone and it was last written over {@link #ORPHAN_AGE}
 * ago, or it was last written over {@link #ANY_AGE} ago whatever the process.</li>
 * </ul>
 * A temporary file lives only while one file's bytes are written and forced to disk, a second
 * or so, so a live run's file is never that old. The process check keeps it safe when runs
 * share a folder; the short grace covers a run in another PID namespace (a container writing
 * into the same folder), whose process we cannot see; the long limit covers a PID reused since.
 * Names from before the PID was in them ({@code .a.pdf.RANDOM.part}) go by the long limit.
 */
final class StaleParts {

    static final Duration ORPHAN_AGE = Duration.ofSeconds(10);
    static final Duration ANY_AGE = Duration.ofHours(1);

    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    /** Compiled only when a folder has a hidden .part file at all: a one-shot run's start-up is counted in milliseconds. */
    private static final class Names {
        static final Pattern OURS = Pattern.compile("\\..+\\.(\\d{1,18})-[0-9a-z]{1,13}\\.part");
        static final Pattern EARLIER = Pattern.compile("\\.(?:.+\\.(?:pdf|json)\\.[0-9a-z]{1,13}|dossier-write-test\\.\\d+)\\.part");
    }

    private StaleParts() {
    }

    /** Sweeps {@code dir} the first time this process writes there. */
    static void sweepOnce(Path dir) {
        if (SWEPT.add(dir.toAbsolutePath().normalize())) sweep(dir, Instant.now());
    }

    /** Deletes the stale temporary files in {@code dir}; returns how many. Best effort: a failure leaves them. */
    static int sweep(Path dir, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(".part") && stale(p, now) && Files.deleteIfExists(p)) removed++;
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // a leftover hidden file is harmless; the write itself reports a folder we cannot use
        }
        return removed;
    }

    static boolean stale(Path p, Instant now) {
        String name = p.getFileName().toString();
        Matcher ours = Names.OURS.matcher(name);
        boolean withPid = ours.matches();
        if (!withPid && !Names.EARLIER.matcher(name).matches()) return false;
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (!a.isRegularFile()) return false;
        Duration age = Duration.between(a.lastModifiedTime().toInstant(), now);
        if (age.compareTo(ANY_AGE) >= 0) return true;
        if (!withPid || age.compareTo(ORPHAN_AGE) < 0) return false;
        long pid = Long.parseLong(ours.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }
}
