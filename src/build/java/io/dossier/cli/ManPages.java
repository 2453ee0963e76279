package io.dossier.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A build step (pom: exec-maven-plugin, phase {@code package}): what an installation puts beside
 * the jar, written from the same picocli model the command line runs on. The man pages go out as
 * AsciiDoc (picocli-codegen's {@code ManPageGenerator}: {@code dossier.adoc},
 * {@code dossier-build.adoc}, ...), which the asciidoctor plugin then turns into troff; the bash
 * completion script is what {@code dossier completion} prints.
 *
 * <p>Picocli's own generator entry points build the model from a class, which gives {@code dossier}
 * without its commands: {@link Main} adds them itself, only the one a command line names.
 */
public final class ManPages {

    private ManPages() {
    }

    /** {@code ManPages ADOC_DIR COMPLETION_FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: ManPages ADOC_DIR COMPLETION_FILE");
        write(Path.of(args[0]), Path.of(args[1]));
    }

    static void write(Path adocDir, Path completion) throws IOException {
        CommandLine cli = Main.commandLine(new Main());
        // one synopsis line, which man wraps to the reader's terminal: picocli's own wrapping at 80
        // columns can split "--[no-]pdfa" inside its AsciiDoc markup ("[*--* *[no-]pdfa*]")
        cli.setUsageHelpWidth(10_000);
        withFooterSections(cli.getCommandSpec());
        Files.createDirectories(adocDir);
        int status = ManPageGenerator.generateManPage(adocDir.toFile(), null, new boolean[0], false, cli.getCommandSpec());
        if (status != CommandLine.ExitCode.OK) throw new IllegalStateException("ManPageGenerator failed with status " + status);
        Files.createDirectories(completion.toAbsolutePath().getParent());
        Files.writeString(completion, AutoComplete.bash("dossier", cli), StandardCharsets.UTF_8);
    }

    /**
     * The generator writes a command's footer (its examples; dossier's defaults, exit status and
     * examples) only under a footer heading, which --help does without: "EXAMPLES" when the footer
     * is examples alone, else "NOTES". It keeps the footer's line breaks, which suit examples but
     * not prose that --help wrapped at 80 columns: prose lines become one paragraph each, and the
     * examples (indented) a block of their own, set as typed.
     */
    private static void withFooterSections(CommandLine.Model.CommandSpec spec) {
        CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        while (!footer.isEmpty() && footer.get(0).isBlank()) footer.remove(0);
        if (!footer.isEmpty() && usage.footerHeading().isEmpty()) {
            boolean examples = footer.get(0).equals("Examples:");
            if (examples) footer.remove(0);
            usage.footerHeading(examples ? "Examples" : "Notes");
            usage.footer(paragraphs(footer).toArray(new String[0]));
        }
        for (CommandLine sub : spec.subcommands().values()) withFooterSections(sub.getCommandSpec());
    }

    private static List<String> paragraphs(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        boolean example = false;
        for (String line : lines) {
            boolean indented = line.startsWith("  ");
            if (line.isBlank() || indented != example || !indented && prose.length() == 0) {
                if (prose.length() > 0) out.add(prose.toString());
                prose.setLength(0);
                if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) out.add("");
            }
            if (line.isBlank()) continue;
            example = indented;
            if (indented) out.add(line);
            else prose.append(prose.length() == 0 ? "" : " ").append(line.strip());
        }
        if (prose.length() > 0) out.add(prose.toString());
        return out;
    }
}
