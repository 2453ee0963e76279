package io.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What a working-folder {@code ./dossier.properties} may say. That file travels with the project
 * folders people download and share, so it is not the user's own, and, as git takes no hooks
 * from the repositories it clones, it is held to two rules: it names only files inside its own
 * folder (else a shared folder could have a private file read into a PDF, or a user's file
 * replaced by one), it gives no credentials (else it could have a password read and sent to
 * an SMTP server it chose), and it does not say where a dossier is mailed. The user's own config and a {@code -Ddossier.config} file are trusted.
 */
final class WorkingFolderRules {

    /**
     * The keys that name a file or folder: read (the look, the password) or written (the PDF, the
     * JSON, the .eml). The written ones too: no-clobber is asked for, not the default, and the rule
     * that no output overwrites an input guards the inputs only, so {@code eml = ../../.bashrc}
     * would replace a user's file with a text partly written by the shared articles.
     */
    static final Set<String> PATH_KEYS = Set.of("templates", "css", "logo", "password-file", "output", "json", "eml");

    /** The keys that log in to an SMTP server, or say where the password is. */
    static final Set<String> CREDENTIAL_KEYS = Set.of("user", "password-env", "password-file");

    /**
     * The keys that say where a dossier is sent: a shared folder must not mail the user's articles to a server or a
     * Bcc of its choosing.
     */
    static final Set<String> DESTINATION_KEYS = Set.of("smtp", "to", "cc", "bcc");

    private WorkingFolderRules() {
    }

    /** The first key of {@code file}, in its order, that breaks these rules, told as "FILE:LINE: KEY: why"; null when none does. */
    static String firstBroken(Path file, Properties values, Map<String, Integer> lines) {
        Path folder = Config.folder(file);
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            String key = e.getKey();
            // "email.user" is "user" for the email command: the rules are about the option, whichever command takes it
            String problem = problem(folder, key.substring(key.indexOf('.') + 1), values.getProperty(key));
            if (problem != null) return file + ":" + e.getValue() + ": " + key + ": " + problem;
        }
        return null;
    }

    /**
     * Why a working-folder config in {@code folder} may not give {@code option} (a key without its
     * command: "logo", not "build.logo") the value {@code value}; null when it may.
     */
    static String problem(Path folder, String option, String value) {
        if (CREDENTIAL_KEYS.contains(option)) {
            return "a working-folder config may not give credentials; pass --" + option
                    + " as a flag or put it in your own ~/.config/dossier/" + Config.FILE_NAME;
        }
        if (DESTINATION_KEYS.contains(option)) {
            return "a working-folder config may not say where a dossier is sent; pass --" + option
                    + " as a flag or put it in your own ~/.config/dossier/" + Config.FILE_NAME;
        }
        if (!PATH_KEYS.contains(option)) return null;
        for (String name : Config.entries(option.equals("css"), value.strip())) {
            if (!inside(folder, name)) {
                return name + " is outside this folder; a working-folder config may only name files inside it";
            }
        }
        return null;
    }

    /**
     * Whether {@code name}, relative, stays inside {@code folder} once its {@code ..} and its
     * symbolic links are followed. A file yet to be written is judged by the nearest part of its
     * path that exists; a link that leads nowhere counts as outside, since writing through it
     * would create its target wherever that is.
     */
    static boolean inside(Path folder, String name) {
        Path base;
        Path path;
        try {
            Path given = Path.of(name);
            if (given.isAbsolute()) return false;
            base = folder.toAbsolutePath().normalize();
            path = base.resolve(given);
        } catch (InvalidPathException e) {
            return false;
        }
        // as written: "../x", "a/../../x"; a path that does not exist yet is made as written
        if (!path.normalize().startsWith(base)) return false;
        try {
            Path realBase = base.toRealPath();
            // not normalized: "link/../x" is beside the link's target, which only the file system knows
            for (Path p = path; p != null; p = p.getParent()) {
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return p.toRealPath().startsWith(realBase);
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
