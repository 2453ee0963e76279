package io.dossier.cli;

import io.dossier.deliver.Printer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "print", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = {"Make the dossier (or a briefing book) and print it.",
                "The finished PDF goes unchanged to the system's print service (CUPS), which renders it for the "
                        + "printer. The PDF is also written to out/ as by 'build', whatever happens to the job."},
        footer = {"", "Examples:",
                "  dossier print samples/cairo-talks.txt                    # the default printer",
                "  dossier print a.txt b.md --printer office --copies 3 --duplex",
                "  dossier print --list-printers"})
final class PrintCommand extends MakeCommand implements Callable<Integer> {

    @Option(names = "--printer", paramLabel = "NAME", description = "Printer (CUPS queue) to use (default: the system's default printer).")
    String printer;

    @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "Number of copies (default: ${DEFAULT-VALUE}).")
    int copies;

    // help = true: the only option that needs no INPUT
    @SuppressWarnings("deprecation")
    @Option(names = "--list-printers", help = true, description = "List the printers (the default one marked with *) and exit.")
    boolean listPrinters;

    @Override
    public Integer call() {
        Main main = Main.of(spec);
        Term term = main.term;
        if (listPrinters) {
            List<Printer.Queue> queues = Printer.queues();
            if (queues.isEmpty()) {
                term.error("no printers (no print service is running, or it has no printers; is CUPS running?)");
                return Main.FAILED;
            }
            for (Printer.Queue q : queues) {
                term.out.println((q.isDefault() ? "* " : "  ") + Term.escape(q.name()) + (q.takesPdf() ? "" : "  (does not take PDF)"));
            }
            term.out.flush();
            return Main.OK;
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'INPUT'");
        }
        if (copies < 1 || copies > 999) throw new CommandLine.ParameterException(spec.commandLine(), "--copies must be 1 to 999");
        Pipeline.Made made = make(false);
        try {
            String name = Printer.print(made.pdf(), printer, made.title(), copies, common.duplex);
            term.warning("sent " + made.fileName() + " (" + copies + (copies == 1 ? " copy" : " copies")
                    + (common.duplex ? ", two-sided" : "") + ") to printer '" + name + "'");
        } catch (Printer.PrintingException e) {
            if (main.debug) e.printStackTrace(term.err);
            term.error(e.getMessage() + (made.target() != null ? "; the PDF is in " + made.target() : ""));
            return Main.FAILED;
        }
        return Main.OK;
    }
}
