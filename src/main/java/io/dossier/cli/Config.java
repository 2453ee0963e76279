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
 * warned about with its file and line; a bad value is reported with its file and line.
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

    /** Options of the root command, inherited by every command. */
    static final Set<String> COMMON_KEYS = Set.of("quiet", "verbose", "debug");

    private final Properties properties;
    final Path file;
    /** The line each key is on. */
    private final Map<String, Integer> lines;
    /** What was wrong with the file: unknown keys. */
    final List<String> warnings;
    /** Long option name to the key that gave its default, for reporting a bad value. */
    private final Map<String, String> given = new HashMap<>();

    Config(Properties properties, Path file) {
        this(properties, file, Map.of(), List.of());
    }

    private Config(Properties properties, Path file, Map<String, Integer> lines, List<String> warnings) {
        this.properties = properties;
        this.file = file;
        this.lines = lines;
        this.warnings = warnings;
    }

    /** The config file in effect, or null; an unreadable one is reported and ignored. */
    static Config load(PrintWriter err) {
        Path file = locate();
        if (file == null) return null;
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
        return new Config(p, file, lines, warnings);
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

    static Path locate() {
        String explicit = System.getProperty("dossier.config");
        if (explicit != null) return explicit.isEmpty() || !Files.isRegularFile(Path.of(explicit)) ? null : Path.of(explicit);
        Path local = Path.of(".", FILE_NAME); // "./dossier.properties" in messages
        if (Files.isRegularFile(local)) return local;
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path configHome = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        Path user = configHome.resolve("dossier").resolve(FILE_NAME);
        return Files.isRegularFile(user) ? user : null;
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
        return value.strip();
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
            // as a path prints it: "tpl/" is "tpl"
            String value = properties.getProperty(e.getValue(), "").strip().replaceFirst("(.)/+$", "$1");
            if (value.isEmpty() || !message.startsWith(value + ":")) continue;
            String origin = origin(e.getKey(), args);
            if (origin != null) return origin + ": " + e.getValue() + ": " + message;
        }
        return null;
    }
}
