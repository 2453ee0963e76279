package io.dossier.cli;

import io.dossier.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code dossier}: the command line. Exit status 0 done, 2 bad usage or bad input (one line
 * on stderr), 1 anything else. Stack traces only with {@code --debug}.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a news article into a printable, multi-page PDF briefing dossier.",
        subcommands = {BuildCommand.class, AnalyzeCommand.class, RenderCommand.class},
        footer = {"", "Examples:",
                "  dossier build samples/cairo-talks.txt            # -> out/cairo-talks.pdf",
                "  dossier analyze article.html -o article.json",
                "  dossier render article.json --paper letter"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (build, analyze or render)");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit status (tests call this directly). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("dossier: " + ex.getMessage());
            err.println("Try 'dossier " + subcommandName(ex.getCommandLine()) + "--help' for more information.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (debug) ex.printStackTrace(err);
            if (ex instanceof BadInputException) {
                err.println("dossier: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("dossier: error: " + describe(ex) + (debug ? "" : " (run with --debug for details)"));
            return FAILED;
        });
        return cli.execute(args);
    }

    private static String subcommandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
        String m = root.getMessage();
        return (m == null ? root.getClass().getSimpleName() : m).lines().findFirst().orElse("");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"dossier " + (v == null ? "dev" : v)};
        }
    }
}
