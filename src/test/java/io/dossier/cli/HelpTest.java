package io.dossier.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help on every command, with examples, and a README that says the same. */
class HelpTest {

    static final List<String> COMMANDS = List.of("build", "batch", "analyze", "render", "email", "print", "templates", "schema", "completion");

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String c : COMMANDS) {
            Cli cli = Cli.run(c, "--help");
            assertEquals(0, cli.status(), c);
            assertTrue(cli.out().startsWith("Usage: dossier " + c), cli.out());
            if (!c.equals("completion")) assertTrue(cli.out().contains("Examples:"), c + " --help has examples");
        }
        assertTrue(Cli.run("--help").out().contains("Examples:"));
    }

    @Test
    void versionAndCompletion() {
        Cli version = Cli.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("dossier "), version.out());
        Cli completion = Cli.run("completion");
        assertEquals(0, completion.status());
        assertTrue(completion.out().contains("complete -F"), "a bash completion script");
        assertTrue(completion.out().contains("--no-clobber"), "knows the subcommands' options");
    }

    @Test
    void noCommandIsBadUsage() {
        Cli cli = Cli.run();
        assertEquals(2, cli.status());
        assertTrue(cli.err().startsWith("dossier: a command is required"), cli.err());
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    @Test
    void readmeShowsTheTopLevelHelpAsItIs() throws IOException {
        String help = Cli.run("--help").out().strip();
        assertTrue(readme().contains(help), "README's `dossier --help` block differs from the real one:\n" + help);
    }

    @Test
    void readmeDocumentsEveryOptionAndNoOptionThatDoesNotExist() throws IOException {
        String readme = readme();
        CommandLine cli = Main.commandLine(new Main());
        Set<String> real = new TreeSet<>();
        for (String c : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            for (CommandLine.Model.OptionSpec o : cli.getSubcommands().get(c).getCommandSpec().options()) {
                real.addAll(List.of(o.names()));
                if (o.negatable()) for (String n : o.names()) if (n.startsWith("--")) real.add("--no-" + n.substring(2));
                String longest = o.longestName();
                if (Set.of("--help", "--version").contains(longest)) continue;
                assertTrue(readme.contains(longest), "README does not mention " + c + " " + longest);
            }
        }
        List<String> unknown = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+").matcher(readme);
        while (m.find()) {
            if (!real.contains(m.group())) unknown.add(m.group());
        }
        unknown.removeAll(List.of("--debug", "--quiet", "--verbose")); // on every command
        unknown.removeIf(o -> o.equals("--version") || o.equals("--help"));
        unknown.removeIf(o -> readme.contains("unknown option '" + o + "'")); // a mistyped one, in an error message
        assertTrue(unknown.isEmpty(), "README mentions options dossier does not have: " + unknown);
    }

    @Test
    void progressBarOnATerminal() throws IOException {
        Path in = Files.createTempDirectory("dossier-tty");
        try {
            TestArticles.write(in.resolve("in"), 2);
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int status = Main.run(new String[]{"batch", in.resolve("in").toString(), "-o", in.resolve("out").toString()},
                    new java.io.PrintWriter(out), new java.io.PrintWriter(err), java.io.InputStream.nullInputStream(),
                    java.io.OutputStream.nullOutputStream(), true);
            assertEquals(0, status);
            assertEquals("", out.toString(), "on a terminal, progress is a bar on stderr, not lines on stdout");
            assertTrue(err.toString().contains("\r[===="), err.toString());
            assertTrue(err.toString().matches("(?s).*\\r\\u001B\\[Kmade 2, failed 0 in \\d+\\.\\d s\\s*"), err.toString());
        } finally {
            try (var files = Files.walk(in)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
