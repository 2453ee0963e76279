package io.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build step behind the man pages and the installable completion script: a page for dossier
 * and each of its commands, every option on its command's page, the examples kept, and the same
 * completion script {@code dossier completion} prints. (Asciidoctor's troff from these pages is
 * made after the tests, in {@code package}.)
 */
class ManPagesTest {

    @Test
    void aPageForEveryCommandWithEveryOptionAndItsExamples(@TempDir Path dir) throws IOException {
        ManPages.write(dir.resolve("man"), dir.resolve("completion/dossier"));
        CommandLine cli = Main.commandLine(new Main());
        for (String c : HelpTest.COMMANDS) {
            Path page = dir.resolve("man/dossier-" + c + ".adoc");
            assertTrue(Files.exists(page), "no man page for " + c);
            String adoc = Files.readString(page);
            assertTrue(adoc.contains("= dossier-" + c + "(1)"), c + ": title");
            for (CommandLine.Model.OptionSpec o : cli.getSubcommands().get(c).getCommandSpec().options()) {
                String name = o.negatable() ? o.longestName().replaceFirst("^--", "--[no-]") : o.longestName();
                assertTrue(adoc.contains("*" + name + "*"), c + " page lacks " + name);
            }
            if (!c.equals("completion")) assertTrue(adoc.contains("== Examples"), c + " page lacks its examples");
        }
        String root = Files.readString(dir.resolve("man/dossier.adoc"));
        assertTrue(root.contains("xref:dossier-build.adoc[*build*]::"), "dossier's page lists its commands");
        assertTrue(root.contains("== Notes") && root.contains("Exit status: 0 done;"), "dossier's page keeps its notes");
        // one synopsis line, so the markup of --[no-]pdfa is never split
        String build = Files.readString(dir.resolve("man/dossier-build.adoc"));
        assertTrue(build.lines().anyMatch(l -> l.startsWith("*dossier build*") && l.contains("[*--[no-]pdfa*]") && l.endsWith("_INPUT_...")),
                build);
        assertEquals(Cli.run("completion").out(), Files.readString(dir.resolve("completion/dossier")));
    }
}
