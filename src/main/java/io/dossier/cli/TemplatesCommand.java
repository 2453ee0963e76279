package io.dossier.cli;

import io.dossier.render.BundledTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dossier templates init DIR}: the bundled templates as a designer's starting point. */
@Command(name = "templates", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = {"Work with template sets (see --templates).",
                "A templates folder may hold any of the bundled files: the ones it lacks come from the bundled set, and "
                        + "its dossier.css is layered after the bundled one, so three lines of CSS restyle the dossier."},
        subcommands = TemplatesCommand.Init.class,
        footer = {"", "Examples:",
                "  dossier templates init my-look          # copies the bundled set into my-look/",
                "  dossier build article.txt --templates my-look"})
final class TemplatesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (init)");
    }

    @Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Copy the bundled templates and style sheets into DIR (made when missing) as a starting point; "
                    + "refuses, copying nothing, when any of the files is already there.",
            footer = {"", "Examples:",
                    "  dossier templates init my-look",
                    "  $EDITOR my-look/dossier.css && dossier build article.txt --templates my-look"})
    static final class Init implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "Folder to copy the templates into.")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> written = BundledTemplates.copyTo(dir);
            Main main = Main.of(spec);
            spec.commandLine().getOut().println(dir);
            spec.commandLine().getOut().flush();
            main.term.warning("copied " + written.size() + " template files to " + dir + "; use them with --templates " + dir
                    + " (a file you delete comes from the bundled set again)");
            return Main.OK;
        }
    }
}
