package io.dossier.cli;

import io.dossier.BadInputException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * {@code dossier}: the command line. Exit status 0 done, 2 bad usage or bad input (one line
 * on stderr), 1 anything else. Stack traces only with {@code --debug}.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = "Turns news articles into printable, multi-page PDF briefing dossiers.",
        footer = {"", "Defaults (marking, paper, author, templates, jobs, max-size, smtp, from,",
                "printer, ...) can be set in dossier.properties, in the working folder or in",
                "~/.config/dossier/. A working folder's may name only files inside that",
                "folder, and no credentials or mail destinations.",
                "Command-line flags win. NO_COLOR turns colour off.",
                "", "Exit status: 0 done; 2 bad usage or bad input; 1 anything else",
                "(for batch: some articles failed).",
                "", "Examples:",
                "  dossier build samples/cairo-talks.txt            # -> out/cairo-talks.pdf",
                "  dossier build a.txt b.md c.html -o out/morning-brief.pdf   # one briefing book",
                "  dossier batch inbox/ -o out/ --jobs 4            # one dossier per article",
                "  dossier analyze article.html -o article.json",
                "  dossier render article.json --paper letter",
                "  dossier schema                                   # the Analysis JSON's schema",
                "  dossier email article.txt --to desk@example.org   # PDF attached",
                "  dossier print article.txt --printer office --duplex",
                "  source <(dossier completion)                     # bash/zsh completion"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only errors: no progress, summary or warnings.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say more: each stage, warnings, timings.")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces for errors.")
    boolean debug;

    /** Where commands talk to (set by {@link #run}). */
    Term term;
    InputStream stdin = System.in;
    OutputStream stdout = System.out;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (build, batch, analyze, render, email or print)");
    }

    public static void main(String[] args) {
        io.dossier.Trace.mark("main");
        System.setProperty("java.awt.headless", "true");
        WarmUp.start(command(args));
        io.dossier.Trace.mark("started early");
        // Standard output is ours alone (it may carry the PDF, `-o -`): a library's stray
        // System.out.println (Flying Saucer's CSS parser prints on every @import) goes nowhere.
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(OutputStream.nullOutputStream()));
        PrintWriter out = new PrintWriter(stdout, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = run(args, out, err, System.in, stdout, System.console() != null);
        out.flush();
        err.flush();
        System.exit(status);
    }

    private static String command(String[] args) {
        for (String a : args) if (!a.startsWith("-")) return a;
        return "";
    }

    /** The subcommands, in the order help lists them. */
    private static final java.util.List<String> SUBCOMMAND_NAMES = java.util.List.of("build", "batch", "analyze", "render", "email", "print", "templates", "schema", "completion");

    // A switch rather than a list of constructor references: each reference costs a one-shot run a bootstrap.
    private static Object subcommand(String name) {
        return switch (name) {
            case "build" -> new BuildCommand();
            case "batch" -> new BatchCommand();
            case "analyze" -> new AnalyzeCommand();
            case "render" -> new RenderCommand();
            case "email" -> new EmailCommand();
            case "print" -> new PrintCommand();
            case "templates" -> new TemplatesCommand();
            case "schema" -> new SchemaCommand();
            case "completion" -> new CompletionCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Picocli reflects over every option of every subcommand it is given, a noticeable part of a
     * one-shot run; a command line that names its subcommand gets only that one. Help and
     * unknown commands get them all.
     */
    static CommandLine commandLine(Main main, String... args) {
        CommandLine cli = new CommandLine(main);
        addSubcommands(cli, args);
        return cli;
    }

    private static void addSubcommands(CommandLine cli, String[] args) {
        String command = command(args);
        // The completion script describes every command.
        int only = command.equals("completion") ? -1 : SUBCOMMAND_NAMES.indexOf(command);
        for (int i = 0; i < SUBCOMMAND_NAMES.size(); i++) {
            String name = SUBCOMMAND_NAMES.get(i);
            if (only < 0 || only == i) cli.addSubcommand(name, subcommand(name));
        }
        // `dossier help build`; on the command line only when no known command is named
        if (only < 0) cli.addSubcommand("help", new CommandLine.HelpCommand());
    }

    /** Runs the command line and returns the exit status (tests call this directly). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.in, System.out, false);
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)}, with the byte streams for {@code -}
     * (standard input, and a PDF written to standard output) and whether stderr is a terminal.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, OutputStream binOut, boolean terminal) {
        Main main = new Main();
        main.stdin = in;
        main.stdout = binOut;
        io.dossier.Trace.mark("picocli start");
        CommandLine cli = commandLine(main, args);
        io.dossier.Trace.mark("picocli built");
        cli.setOut(out);
        cli.setErr(err);
        boolean color = terminal && Term.colorAllowed();
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(color ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        Config config = Config.load(err);
        if (config != null && config.refusal != null) {
            // A shared folder's config that names a file outside it, or gives credentials: nothing runs,
            // not even help, so that no value of it is ever read and the user hears of it at once.
            err.println(Term.line(config.refusal));
            return BAD_INPUT;
        }
        if (config != null) cli.setDefaultValueProvider(config);
        main.term = new Term(out, err, terminal, color);
        cli.setParameterExceptionHandler((ex, a) -> {
            String origin = config == null || !(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o)
                    ? null : config.origin(o.longestName(), a);
            if (origin != null) {
                // a bad value in the config file: say where, not as if it were a flag
                err.println(Term.line(origin + ": " + config.key(((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName())
                        + ": " + reason(ex.getMessage())));
                return BAD_INPUT;
            }
            String blamed = config == null ? null : config.blame(ex.getMessage(), a);
            if (blamed != null) {
                // a value the command checked itself ("--jobs must be at least 1"), from the config file
                err.println(Term.line(blamed));
                return BAD_INPUT;
            }
            err.println(Term.line(UsageMistakes.describe(ex)));
            err.println("Try 'dossier " + subcommandName(ex.getCommandLine()) + "--help' for more information.");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (main.debug) ex.printStackTrace(err);
            if (ex instanceof BadInputException) {
                String blamed = config == null ? null : config.blame(ex.getMessage(), args);
                err.println(Term.line(blamed != null ? blamed : ex.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof SecurityException) {
                // a refusal, such as FreeMarker's for a template that is a symbolic link out of its folder
                err.println(Term.line("refused: " + describe(ex)));
                return BAD_INPUT;
            }
            err.println(Term.line("error: " + describe(ex) + (main.debug ? "" : " (run with --debug for details)")));
            return FAILED;
        });
        cli.setExecutionStrategy(parseResult -> {
            main.term.quiet = main.quiet;
            main.term.verbose = main.verbose && !main.quiet;
            main.term.debug = main.debug;
            if (config != null && !main.quiet) for (String w : config.warnings) err.println(Term.line(w));
            return new CommandLine.RunLast().execute(parseResult);
        });
        io.dossier.Trace.mark("cli ready");
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on Errors; one line, not a trace, and the atomic writes leave no partial file
            err.println(Term.line("error: the article needs more memory than this run allows ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)"));
            return FAILED;
        }
        io.dossier.Trace.mark("executed");
        out.flush();
        err.flush();
        return status;
    }

    /** "Invalid value for option '--jobs': 'x' is not an int" -> "'x' is not an int". */
    private static String reason(String message) {
        int start = message.startsWith("Invalid value for option '") ? message.indexOf("': ") : -1;
        return start < 0 ? message : message.substring(start + 3);
    }

    /** The root command of a (sub)command, for its streams and flags. */
    static Main of(CommandLine.Model.CommandSpec spec) {
        return (Main) spec.root().userObject();
    }

    private static String subcommandName(CommandLine c) {
        return c.getParent() == null ? "" : c.getCommandName() + " ";
    }

    /**
     * What went wrong, for an error we did not foresee: the first message in the chain of
     * causes. Its first line only: other libraries' messages run over several lines.
     */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getMessage() == null) root = root.getCause();
        String m = root.getMessage();
        return m == null ? root.getClass().getSimpleName() : m.strip().lines().findFirst().orElse("");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"dossier " + BuildInfo.current().describe(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    @Command(name = "completion", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
            description = {"Print a bash/zsh completion script for dossier.", "",
                    "Load it in the current shell with:", "  source <(dossier completion)",
                    "or install it once with:", "  dossier completion > ~/.local/share/bash-completion/completions/dossier"})
    static final class CompletionCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            String script = AutoComplete.bash("dossier", spec.root().commandLine());
            spec.commandLine().getOut().print(script);
            spec.commandLine().getOut().flush();
        }
    }
}
