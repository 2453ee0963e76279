package io.dossier.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conventions of command-line tools: did you mean, help CMD, --version everywhere, config mistakes. */
class ConventionsTest {

    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createTempDirectory("dossier-conv");
    }

    @AfterEach
    void tearDown() throws IOException {
        System.clearProperty("dossier.config");
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void mistypedCommandGetsTheNearestOne() {
        Cli cli = Cli.run("biuld", "x");
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: unknown command 'biuld' (did you mean 'build'?)",
                "Try 'dossier --help' for more information."), cli.errLines());
        assertEquals("", cli.out());
    }

    @Test
    void mistypedOptionGetsTheNearestOne() {
        Cli cli = Cli.run("build", "--papr", "a4", "x.txt");
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: unknown option '--papr' (did you mean '--paper'?)",
                "Try 'dossier build --help' for more information."), cli.errLines());
    }

    @Test
    void mistypedOptionsOfEveryShapeGetTheNearestOne() {
        assertEquals("dossier: unknown option '--papr' (did you mean '--paper'?)",
                Cli.run("build", "--papr=a4", "x.txt").errLines().get(0), "with its value after =");
        assertEquals("dossier: unknown option '--PAPER' (did you mean '--paper'?)",
                Cli.run("build", "--PAPER", "a4", "x.txt").errLines().get(0), "in capitals");
        assertEquals("dossier: unknown option '--jbos' (did you mean '--jobs'?)",
                Cli.run("batch", "--jbos", "2", "x.txt", "-o", "out").errLines().get(0), "two letters swapped");
        assertEquals("dossier: unknown option '--verbos' (did you mean '--verbose'?)",
                Cli.run("--verbos", "build", "x.txt").errLines().get(0), "an option of dossier itself");
        assertEquals("dossier: unknown option '-x'", Cli.run("build", "-x", "x.txt").errLines().get(0),
                "a one-letter option is near everything: no suggestion");
    }

    @Test
    void anUnknownOptionIsToldBeforeTheRequiredOptionItMissed() {
        Cli cli = Cli.run("email", "--tto", "desk@example.org", "x.txt");
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: unknown option '--tto' (did you mean '--to'?)",
                "Try 'dossier email --help' for more information."), cli.errLines());
    }

    @Test
    void helpForAMistypedCommandGetsTheNearestOne() {
        Cli cli = Cli.run("help", "biuld");
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: unknown command 'biuld' (did you mean 'build'?)",
                "Try 'dossier --help' for more information."), cli.errLines());
        assertEquals("", cli.out());
    }

    @Test
    void nothingNearIsNoSuggestion() {
        Cli cli = Cli.run("zzzzzzzz");
        assertEquals(2, cli.status(), cli.toString());
        assertEquals("dossier: unknown command 'zzzzzzzz'", cli.errLines().get(0));
    }

    @Test
    void helpCommandPrintsTheCommandsHelp() {
        Cli cli = Cli.run("help", "build");
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(Cli.run("build", "--help").out(), cli.out());
        assertTrue(cli.out().startsWith("Usage: dossier build"), cli.out());
        assertEquals(0, Cli.run("help").status());
        assertTrue(Cli.run("help").out().startsWith("Usage: dossier "));
    }

    @Test
    void everyCommandHasVersionWithThePomsVersionAndTheCommit() throws IOException, InterruptedException {
        Matcher m = Pattern.compile("<artifactId>dossier</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), "the pom's version");
        String head = head();
        // built from this clone: "dossier 0.1.0 (abc1234)", "-dirty" with uncommitted changes; else "dossier 0.1.0"
        Pattern expected = Pattern.compile(Pattern.quote("dossier " + m.group(1))
                + (head == null ? "" : " \\((" + head.substring(0, 7) + "[0-9a-f]*)(-dirty)?\\)"));
        String line = Cli.run("--version").out().lines().findFirst().orElse("");
        Matcher v = expected.matcher(line);
        assertTrue(v.matches(), line + " is not " + expected);
        if (head != null) assertTrue(head.startsWith(v.group(1)), v.group(1) + " is not HEAD " + head);
        for (String c : HelpTest.COMMANDS) {
            Cli cli = Cli.run(c, "--version");
            assertEquals(0, cli.status(), c + ": " + cli);
            assertEquals(line, cli.out().lines().findFirst().orElse(""), c);
        }
    }

    /** The commit checked out here, or null outside a clone or without git. */
    private static String head() throws IOException, InterruptedException {
        if (!Files.exists(Path.of(".git"))) return null;
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
        } catch (IOException e) {
            return null; // no git to ask
        }
        String out = new String(git.getInputStream().readAllBytes()).strip();
        return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
    }

    @Test
    void unknownConfigKeysAreWarnedAboutWithFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("dossier.properties"),
                "# defaults\nmarking = X\npapr = letter\nbatch.jbos = 2\nbiuld.paper = a4\nnothing-like-it = 1\n");
        System.setProperty("dossier.config", config.toString());
        Cli cli = Cli.run("analyze", "--help");
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(List.of(
                "dossier: " + config + ":3: warning: unknown key 'papr' (did you mean 'paper'?)",
                "dossier: " + config + ":4: warning: unknown key 'batch.jbos' (batch has no option --jbos) (did you mean 'batch.jobs'?)",
                "dossier: " + config + ":5: warning: unknown command 'biuld' in key 'biuld.paper' (did you mean 'build'?)",
                "dossier: " + config + ":6: warning: unknown key 'nothing-like-it'"), cli.errLines());
        assertEquals("", Cli.run("analyze", "--help", "-q").err(), "--quiet: errors only");
    }

    @Test
    void badConfigValueIsReportedWithFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("dossier.properties"), "marking = X\n\nbatch.jobs = many\n");
        System.setProperty("dossier.config", config.toString());
        Cli cli = Cli.run("batch", dir.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + config + ":3: batch.jobs: 'many' is not an int"), cli.errLines());
        Cli flag = Cli.run("batch", dir.toString(), "-o", dir.resolve("out").toString(), "--jobs", "many");
        assertEquals(2, flag.status());
        assertTrue(flag.err().startsWith("dossier: Invalid value for option '--jobs'"), "a bad flag is still told as a flag: " + flag);
    }

    @Test
    void badConfigValueFoundWhileRunningIsReportedWithFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("dossier.properties"), "paper = a3\n");
        System.setProperty("dossier.config", config.toString());
        Cli cli = Cli.run("build", TestArticles.RAFAH.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + config + ":1: paper: 'a3' is not a paper size (use a4, a5, letter, legal or WIDTHxHEIGHT in mm, cm or in, e.g. 200x250mm)"), cli.errLines());
    }

    @Test
    void aConfigValueTheCommandRefusesIsReportedWithFileAndLine() throws IOException {
        Path config = Files.writeString(dir.resolve("dossier.properties"), "# defaults\nbatch.jobs = 0\n");
        System.setProperty("dossier.config", config.toString());
        Cli cli = Cli.run("batch", dir.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + config + ":2: batch.jobs must be at least 1"), cli.errLines());
        Cli flag = Cli.run("batch", dir.toString(), "-o", dir.resolve("out").toString(), "--jobs", "0");
        assertEquals("dossier: --jobs must be at least 1", flag.errLines().get(0), "the flag's own mistake is the flag's");
    }

    @Test
    void aMissingFolderNamedInTheConfigIsReportedWithFileAndLine() throws IOException {
        Path missing = dir.resolve("no-such-templates");
        Path config = Files.writeString(dir.resolve("dossier.properties"), "templates = " + missing + "/\n");
        System.setProperty("dossier.config", config.toString());
        Cli cli = Cli.run("build", TestArticles.RAFAH.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(2, cli.status(), cli.toString());
        assertEquals(List.of("dossier: " + config + ":1: templates: " + missing + ": templates folder not found"), cli.errLines());
        assertTrue(Files.notExists(dir.resolve("x.pdf")));
    }

    @Test
    void configKeysAreTheOptionsOfEachCommand() {
        CommandLine cli = Main.commandLine(new Main());
        Map<String, Set<String>> real = new TreeMap<>();
        for (String c : HelpTest.COMMANDS) {
            Set<String> keys = new TreeSet<>();
            for (CommandLine.Model.OptionSpec o : cli.getSubcommands().get(c).getCommandSpec().options()) {
                String key = o.longestName().replaceFirst("^-+", "");
                if (o.usageHelp() || o.versionHelp() || o.help() || Config.COMMON_KEYS.contains(key)) continue;
                keys.add(key);
            }
            real.put(c, keys);
        }
        Map<String, Set<String>> listed = new TreeMap<>();
        Config.KEYS.forEach((k, v) -> listed.put(k, new TreeSet<>(v)));
        assertEquals(real, listed);
    }
}
