package io.dossier.cli;

import io.dossier.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that readers only ever see the old complete file or the new complete
 * one: bytes go to a hidden temporary file ({@code .NAME.PID-RANDOM.part}) in the same folder,
 * are forced to disk, then renamed over the target. A failure deletes the temporary file and
 * leaves the target untouched; so does Ctrl-C or a kill (SIGINT, SIGTERM): a shutdown hook
 * deletes the temporary files still being written. (SIGKILL runs no code; then a hidden
 * {@code .part} file may stay behind, but never a partial PDF under the real name, and the
 * next run that writes into the folder removes it: {@link StaleParts}, which the PID in the
 * name lets tell a dead run's file from a live one's.)
 * <p>
 * An existing target is replaced only when it is a writable, unlocked regular file: a
 * read-only file ({@code chmod a-w}, checked on the permission bits so it holds for root
 * too) or one another program holds a lock on is refused, not overwritten.
 */
final class AtomicFile {

    /** What happened to the target. */
    enum Outcome { WRITTEN, KEPT }

    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    private static final Object LOCK = new Object();
    /**
     * Registered only while a file is in flight: a shutdown hook is a thread the JVM starts on
     * every exit, which a one-shot run would otherwise pay for after its work is done.
     */
    private static final Thread HOOK = new Thread(AtomicFile::abandonAll, "dossier-cleanup");
    private static boolean hookRegistered; // guarded by LOCK
    private static volatile boolean shuttingDown;

    private AtomicFile() {
    }

    static void write(Path target, byte[] bytes) {
        write(target, bytes, false);
    }

    /** Writes {@code bytes} to {@code target}; with {@code noClobber} an existing target is kept. */
    static Outcome write(Path target, byte[] bytes, boolean noClobber) {
        Path dir = target.toAbsolutePath().getParent();
        checkFolder(dir);
        StaleParts.sweepOnce(dir);
        if (Files.isDirectory(target)) throw new BadInputException(target + ": is a folder, not a file");
        if (Files.exists(target)) {
            if (noClobber) return Outcome.KEPT;
            checkReplaceable(target);
        }
        Path tmp;
        synchronized (LOCK) {
            if (shuttingDown) throw new IllegalStateException("interrupted");
            try {
                tmp = createTemp(dir, target);
            } catch (IOException e) {
                throw new BadInputException(dir + ": output folder is not writable (" + reason(e) + ")", e);
            }
            IN_FLIGHT.add(tmp);
            if (!hookRegistered) {
                try {
                    Runtime.getRuntime().addShutdownHook(HOOK);
                    hookRegistered = true;
                } catch (IllegalStateException exiting) {
                    // the JVM is already shutting down (Ctrl-C): no hook would delete it later
                    IN_FLIGHT.remove(tmp);
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // hidden and named .part
                    }
                    throw new IllegalStateException("interrupted", exiting);
                }
            }
        }
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(true);
            }
            if (noClobber) {
                try {
                    Files.createLink(target, tmp); // atomic: fails if the target appeared meanwhile
                } catch (FileAlreadyExistsException e) {
                    return Outcome.KEPT;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (Files.exists(target)) return Outcome.KEPT;
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } else {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return Outcome.WRITTEN;
        } catch (IOException e) {
            throw new BadInputException(target + ": cannot write output (" + reason(e) + ")", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // hidden and named .part; nothing more we can do
            }
            done(tmp);
        }
    }

    private static void done(Path tmp) {
        synchronized (LOCK) {
            IN_FLIGHT.remove(tmp);
            if (IN_FLIGHT.isEmpty() && hookRegistered && !shuttingDown) {
                try {
                    Runtime.getRuntime().removeShutdownHook(HOOK);
                    hookRegistered = false;
                } catch (IllegalStateException exiting) {
                    // the hook is running or about to: it finds nothing left to delete
                }
            }
        }
    }

    /**
     * A new hidden temporary file beside the target. Unlike Files.createTempFile (mode 0600)
     * it gets the usual mode for new files (0666 less the umask), or the mode of the file it replaces.
     */
    private static Path createTemp(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(tempName(target.getFileName().toString()));
            try {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) continue;
                throw e;
            }
            try {
                PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
                if (posix != null && Files.exists(target)) {
                    Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
                }
            } catch (IOException | UnsupportedOperationException ignored) {
                // keep the default mode
            }
            return tmp;
        }
    }

    /** {@code .NAME.PID-RANDOM.part}: hidden, and telling which process writes it (see {@link StaleParts}). */
    static String tempName(String name) {
        String random = Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36);
        return "." + name + "." + PID + "-" + random + ".part";
    }

    private static void checkFolder(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException(dir + ": output folder is not writable (" + p + " is a file, not a folder)");
            }
            if (Files.isDirectory(p)) break;
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot create output folder (" + reason(e) + ")", e);
        }
    }

    /** Refuses to replace a read-only or locked file. */
    static void checkReplaceable(Path target) {
        if (!Files.isRegularFile(target)) throw new BadInputException(target + ": exists and is not a regular file; not replacing it");
        if (readOnly(target)) {
            throw new BadInputException(target + ": output file is read-only; not replacing it (make it writable, or choose another -o)");
        }
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.READ)) {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) throw locked(target);
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw locked(target);
        } catch (IOException e) {
            // cannot open or lock it for reading: the rename decides
        }
    }

    private static BadInputException locked(Path target) {
        return new BadInputException(target + ": output file is locked by another program; not replacing it (close it, or choose another -o)");
    }

    private static boolean readOnly(Path target) {
        if (!Files.isWritable(target)) return true;
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (posix == null) return false;
        try {
            Set<PosixFilePermission> perms = posix.readAttributes().permissions();
            return !perms.contains(PosixFilePermission.OWNER_WRITE) && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    /** Temporary files being written right now (for tests and the shutdown hook). */
    static Set<Path> inFlight() {
        return Set.copyOf(IN_FLIGHT);
    }

    /** On SIGINT/SIGTERM: no new files, and the half-written ones are deleted. */
    static void abandonAll() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Path tmp : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort while the JVM exits
                }
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " exists and is not a folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
