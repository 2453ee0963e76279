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
                return "unknown command '" + command + "' in key '" + key + "'" + didYouMean(command, KEYS.keySet());
            }
            if (keys.contains(option) || COMMON_KEYS.contains(option)) return null;
            return "unknown key '" + key + "' (" + command + " has no option --" + option + ")"
                    + didYouMean(option, union(keys, COMMON_KEYS), command + ".");
        }
        Set<String> all = new java.util.TreeSet<>(COMMON_KEYS);
        for (Set<String> keys : KEYS.values()) all.addAll(keys);
        if (all.contains(key)) return null;
        return "unknown key '" + key + "'" + didYouMean(key, all);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String didYouMean(String word, Set<String> candidates) {
        return didYouMean(word, candidates, "");
    }

    /** " (did you mean 'x'?)" for the nearest candidate within a couple of edits, or "". */
    private static String didYouMean(String word, Set<String> candidates, String prefix) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : new java.util.TreeSet<>(candidates)) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return best != null && bestDistance <= allowed ? " (did you mean '" + prefix + best + "'?)" : "";
    }

    /** Edit distance, a swap of neighbours counting as one edit ("biuld" is one from "build"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
}
