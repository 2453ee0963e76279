package io.dossier.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Defaults from {@code dossier.properties}: the first of {@code ./dossier.properties} and
 * {@code ~/.config/dossier/dossier.properties} (or {@code $XDG_CONFIG_HOME/dossier/}). Keys
 * are long option names without dashes ({@code marking}, {@code paper}, {@code author},
 * {@code templates}, {@code css} (comma-separated), {@code jobs}, {@code max-size}, ...), optionally for one command only
 * ({@code batch.jobs=4}). Flags on the command line always win. A key no command knows is
 * warned about with its file and line; a bad value is reported with its file and line. A relative
 * path to a file the run reads is taken from the config file's folder. The working folder's
 * file travels with shared project folders, so it is held to {@link WorkingFolderRules}.
 */
final class Config implements CommandLine.IDefaultValueProvider {

    static final String FILE_NAME = "dossier.properties";

    /**
     * The keys each command takes: its long option names without dashes. Written out rather than
     * read from the picocli model, which a one-shot run builds for its own command only
     * (ConfigTest checks the list against the full model).
     */
    static final Map<String, Set<String>> KEYS = Map.of(
            "build", withLook("output", "json", "attach-json", "no-clobber", "title", "source", "date", "max-size"),
            "batch", withLook("output", "json", "jobs", "no-clobber", "timeout", "max-size"),
            "analyze", Set.of("output", "date", "max-size"),
            "render", withLook("output", "attach-json", "no-clobber"),
            "email", withLook("output", "json", "attach-json",
                    "title", "source", "date", "max-size", "to", "cc", "bcc", "from", "subject", "smtp", "starttls", "ssl",
                    "user", "password-env", "password-file", "eml", "timeout"),
            "print", withLook("output", "json", "attach-json",
                    "title", "source", "date", "max-size", "printer", "copies"),
            "templates", Set.of(),
            "schema", Set.of(),
            "completion", Set.of());

    /** A command's own keys and those of {@link CommonOptions}, which every command that makes a PDF takes. */
    private static Set<String> withLook(String... own) {
        Set<String> keys = new java.util.HashSet<>(List.of(own));
        keys.addAll(List.of("marking", "no-marking", "paper", "landscape", "margins", "templates", "css", "logo", "watermark",
                "sections", "author", "pdfa", "duplex"));
        return Set.copyOf(keys);
    }

    /**
     * The keys naming a file or folder to read, whose relative paths are taken from the config
     * file's folder: a style sheet written beside the config is found from any working folder.
     * The places to write ({@code output}, {@code json}, {@code eml}) stay relative to the working
     * folder: {@code output = out/} in the user's own file means an out/ where they run dossier.
     */
    static final Set<String> READ_PATH_KEYS = Set.of("templates", "css", "logo", "password-file");

    /** Options of the root command, inherited by every command. */
    static final Set<String> COMMON_KEYS = Set.of("quiet", "verbose", "debug");

    private final Properties properties;
    final Path file;
    /** The line each key is on. */
    private final Map<String, Integer> lines;
    /** What was wrong with the file: unknown keys. */
    final List<String> warnings;
    /**
     * The first line a working-folder config may not have ("FILE:LINE: KEY: why"), or null; with
     * one, nothing runs.
     */
    final String refusal;
    /** Long option name to the key that gave its default, for reporting a bad value. */
    private final Map<String, String> given = new HashMap<>();
    /** Key to the value handed to picocli (a relative path resolved), for finding it in a message. */
    private final Map<String, String> served = new HashMap<>();

    Config(Properties properties, Path file) {
        this(properties, file, Map.of(), List.of(), null);
    }

    private Config(Properties properties, Path file, Map<String, Integer> lines, List<String> warnings, String refusal) {
        this.properties = properties;
        this.file = file;
        this.lines = lines;
        this.warnings = warnings;
        this.refusal = refusal;
    }

    /** A config file, and whether it is the working folder's, which travels with a project rather than being the user's own. */
    record Source(Path file, boolean workingFolder) {
    }

    /** The config file in effect, or null; an unreadable one is reported and ignored. */
    static Config load(PrintWriter err) {
        return load(err, find());
    }

    /** As {@link #load(PrintWriter)}, from {@code source} (null: none). */
    static Config load(PrintWriter err, Source source) {
        if (source == null) return null;
        Path file = source.file();
        Properties p = new Properties();
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        try {
            List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < text.size(); i++) {
                // one logical line (with its continuations) at a time, for its line number
                int first = i;
                StringBuilder logical = new StringBuilder(text.get(i));
                while (continues(text.get(i)) && i + 1 < text.size()) logical.append('\n').append(text.get(++i));
                Properties one = new Properties();
                one.load(new StringReader(logical.toString()));
                for (String key : one.stringPropertyNames()) {
                    p.setProperty(key, one.getProperty(key));
                    lines.put(key, first + 1);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println(Term.line(file + ": warning: cannot read the config file (" + e.getMessage() + "); ignoring it"));
            return null;
        }
        List<String> warnings = new ArrayList<>();
        // in the file's order; a loop, not a stream: this runs on every start with a config file
        for (Map.Entry<String, Integer> e : lines.entrySet()) {
            String problem = unknown(e.getKey());
            if (problem != null) warnings.add(file + ":" + e.getValue() + ": warning: " + problem);
        }
        return new Config(p, file, lines, warnings, source.workingFolder() ? WorkingFolderRules.firstBroken(file, p, lines) : null);
    }

    /** The folder a config file is in ("." for "dossier.properties" given bare). */
    static Path folder(Path file) {
        Path parent = file.getParent();
        return parent == null ? Path.of(".") : parent;
    }

    /** A line ending in an odd number of backslashes continues on the next. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }

    /** What is wrong with a key, or null when some command takes it. */
    static String unknown(String key) {
        int dot = key.indexOf('.');
        if (dot >= 0) {
            String command = key.substring(0, dot);
            String option = key.substring(dot + 1);
            Set<String> keys = KEYS.get(command);
            if (keys == null) {
                return "unknown command '" + command + "' in key '" + key + "'" + DidYouMean.hint(command, KEYS.keySet(), "");
            }
            if (keys.contains(option) || COMMON_KEYS.contains(option)) return null;
            return "unknown key '" + key + "' (" + command + " has no option --" + option + ")"
                    + DidYouMean.hint(option, union(keys, COMMON_KEYS), command + ".");
        }
        Set<String> all = new java.util.TreeSet<>(COMMON_KEYS);
        for (Set<String> keys : KEYS.values()) all.addAll(keys);
        if (all.contains(key)) return null;
        return "unknown key '" + key + "'" + DidYouMean.hint(key, all, "");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    /**
     * The config file in effect: the one {@code -Ddossier.config} names (set by the user, so their
     * own; empty for none), else the working folder's, else the user's own.
     */
    static Source find() {
        String explicit = System.getProperty("dossier.config");
        if (explicit != null) {
            return explicit.isEmpty() || !Files.isRegularFile(Path.of(explicit)) ? null : new Source(Path.of(explicit), false);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path configHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path user = configHome.resolve("dossier").resolve(FILE_NAME);
        Path local = Path.of(".", FILE_NAME); // "./dossier.properties" in messages
        // run in ~/.config/dossier itself (or beside a link to it), the working folder's file is the user's own
        if (Files.isRegularFile(local) && !sameFile(local, user)) return new Source(local, true);
        return Files.isRegularFile(user) ? new Source(user, false) : null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isRegularFile(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec arg) {
        if (!(arg instanceof CommandLine.Model.OptionSpec option)) return null;
        String key = option.longestName().replaceFirst("^-+", "");
        CommandLine.Model.CommandSpec command = arg.command();
        String used = command == null ? null : command.name() + "." + key;
        String value = used == null ? null : properties.getProperty(used);
        if (value == null) value = properties.getProperty(used = key);
        if (value == null) return null;
        given.put(option.longestName(), used);
        value = value.strip();
        if (READ_PATH_KEYS.contains(key)) value = fromConfigFolder(value, key.equals("css"));
        served.put(used, value);
        return value;
    }

    /** The files a value names: each of a comma-separated list ({@code css}), else the value itself. */
    static String[] entries(boolean list, String value) {
        return list ? value.split(CommonOptions.LIST_SEPARATOR) : new String[]{value};
    }

    /** A relative path (each of a comma-separated list) taken from this file's folder rather than the working one. */
    private String fromConfigFolder(String value, boolean list) {
        Path folder = folder(file);
        if (folder.equals(Path.of("."))) return value; // the working folder: as written, as messages show it
        List<String> resolved = new ArrayList<>();
        for (String one : entries(list, value)) {
            try {
                resolved.add(one.isEmpty() || Path.of(one).isAbsolute() ? one : folder.resolve(one).toString());
            } catch (java.nio.file.InvalidPathException e) {
                resolved.add(one); // picocli says what is wrong with it, with this file's line
            }
        }
        return String.join(",", resolved);
    }

    /**
     * Where the value of {@code option} (a long name, "--paper") came from, "FILE:LINE", when it
     * came from this file rather than from {@code args}; otherwise null.
     */
    String origin(String option, String[] args) {
        String key = given.get(option);
        if (key == null) return null;
        for (String a : args) {
            if (a.equals("--")) break;
            if (a.equals(option) || a.startsWith(option + "=")) return null;
        }
        Integer line = lines.get(key);
        return file + (line == null ? "" : ":" + line);
    }

    /** The key that gave {@code option}'s value. */
    String key(String option) {
        return given.get(option);
    }

    /** "--jobs must be at least 1", "--paper: 'a3' is not ...": the option a message is about. */
    private static final java.util.regex.Pattern LEADING_OPTION = java.util.regex.Pattern.compile("(--[a-z][a-z0-9-]*)(\\W.*)?", java.util.regex.Pattern.DOTALL);

    /**
     * A message about a value this file gave rather than {@code args}, told with the file, line
     * and key: "./dossier.properties:3: batch.jobs must be at least 1",
     * "./dossier.properties:1: templates: tpl: templates folder not found". Null when the
     * message is about no value of this file. A message names its option first ("--jobs ...")
     * or, about a file or folder, the value itself ("tpl: ...").
     */
    String blame(String message, String[] args) {
        if (message == null) return null;
        java.util.regex.Matcher m = LEADING_OPTION.matcher(message);
        if (m.matches()) {
            String origin = origin(m.group(1), args);
            String rest = m.group(2) == null ? "" : m.group(2);
            return origin == null ? null : origin + ": " + key(m.group(1)) + rest;
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            String value = served.getOrDefault(e.getValue(), "");
            // each of a list ("css = a.css, b.css"), as a path prints it: "tpl/" is "tpl"
            for (String one : entries(e.getKey().equals("--css"), value)) {
                one = one.replaceFirst("(.)/+$", "$1");
                if (one.isEmpty() || !message.startsWith(one + ":")) continue;
                String origin = origin(e.getKey(), args);
                if (origin != null) return origin + ": " + e.getValue() + ": " + message;
            }
        }
        return null;
    }
}
