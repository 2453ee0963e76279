package io.dossier.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Defaults from {@code dossier.properties}: the first of {@code ./dossier.properties} and
 * {@code ~/.config/dossier/dossier.properties} (or {@code $XDG_CONFIG_HOME/dossier/}). Keys
 * are long option names without dashes ({@code marking}, {@code paper}, {@code author},
 * {@code templates}, {@code jobs}, {@code max-size}, ...), optionally for one command only
 * ({@code batch.jobs=4}). Flags on the command line always win.
 */
final class Config implements CommandLine.IDefaultValueProvider {

    static final String FILE_NAME = "dossier.properties";

    private final Properties properties;
    final Path file;

    Config(Properties properties, Path file) {
        this.properties = properties;
        this.file = file;
    }

    /** The config file in effect, or null; an unreadable one is reported and ignored. */
    static Config load(PrintWriter err) {
        Path file = locate();
        if (file == null) return null;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            err.println(Term.line(file + ": warning: cannot read the config file (" + e.getMessage() + "); ignoring it"));
            return null;
        }
        return new Config(p, file);
    }

    static Path locate() {
        String explicit = System.getProperty("dossier.config");
        if (explicit != null) return explicit.isEmpty() || !Files.isRegularFile(Path.of(explicit)) ? null : Path.of(explicit);
        Path local = Path.of(FILE_NAME);
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
        String value = command == null ? null : properties.getProperty(command.name() + "." + key);
        if (value == null) value = properties.getProperty(key);
        return value == null ? null : value.strip();
    }
}
