package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.DossierRenderer;
import io.dossier.analyze.Analyzer;
import io.dossier.compose.ComposeOptions;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import io.dossier.render.TemplateEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

@Command(name = "batch", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Make one dossier per article, several at a time.",
                "A bad article never stops the others: each failure is reported as 'dossier: FILE: reason', "
                        + "and the exit status is 1 when any failed. Dossiers are written whole or not at all, "
                        + "even when the batch is interrupted (Ctrl-C) or killed."},
        footer = {"", "Examples:",
                "  dossier batch inbox/ -o out/                  # inbox/NAME.txt -> out/NAME.pdf",
                "  dossier batch *.txt *.html -o out/ --jobs 4 --json",
                "  dossier batch inbox/ -o out/ --no-clobber     # only the ones not made yet",
                "  find inbox -name '*.html' | dossier batch - -o out/"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT_DIR|FILE", arity = "1..*",
            description = "Article files, or folders: every file in them (not in subfolders; hidden files and PDFs skipped); "
                    + "- reads file names, one a line, from standard input.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT_DIR", required = true, description = "Folder for the dossiers.")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Articles made at the same time (default: the number of processors, here ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Also write each Analysis JSON beside its PDF (OUT_DIR/NAME.json).")
    boolean json;

    @Option(names = "--no-clobber", description = "Keep existing dossiers; make only the missing ones.")
    boolean noClobber;

    @Mixin
    CommonOptions common;

    @Mixin
    ReadOptions read;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One article to make. */
    record Job(Path input, String name, Path target) {
    }

    @Override
    public Integer call() {
        Main main = Main.of(spec);
        Term term = main.term;
        if (jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        checkOutputFolder();
        List<Job> batch = plan(term);
        if (batch.isEmpty()) throw new BadInputException(String.join(" ", inputs.stream().map(Path::toString).toList())
                + ": no articles to make (expected .txt, .md, .html or .json files)");
        ComposeOptions options = common.composeOptions();
        TemplateEngine templates = common.templateEngine(term::verbose);
        DossierRenderer renderer = new DossierRenderer(templates);
        Progress progress = new Progress(term, batch.size());

        long start = System.nanoTime();
        Thread summaryOnKill = new Thread(() -> progress.interrupted(seconds(start)), "dossier-batch-summary");
        Runtime.getRuntime().addShutdownHook(summaryOnKill);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, batch.size()), r -> {
            Thread t = new Thread(r, "dossier-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Job job : batch) pool.submit(() -> run(job, renderer, options, progress, term));
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // wait
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        progress.done(seconds(start));
        try {
            Runtime.getRuntime().removeShutdownHook(summaryOnKill);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        return progress.failed.get() > 0 ? Main.FAILED : Main.OK;
    }

    private void run(Job job, DossierRenderer renderer, ComposeOptions options, Progress progress, Term term) {
        long t0 = System.nanoTime();
        try {
            if (noClobber && Files.exists(job.target)) {
                progress.kept(job);
                return;
            }
            List<String> warnings = new ArrayList<>();
            Article article = Inputs.read(job.input.toString(), read.maxSize, null, warnings::add);
            Analysis analysis = new Analyzer().analyze(article);
            byte[] pdf = renderer.render(analysis, options).pdf();
            if (json) {
                Path jsonTarget = job.target.resolveSibling(job.name + ".json");
                AtomicFile.write(jsonTarget, AnalysisJson.write(analysis).getBytes(StandardCharsets.UTF_8), noClobber);
            }
            AtomicFile.Outcome outcome = AtomicFile.write(job.target, pdf, noClobber);
            for (String w : warnings) progress.warning(w);
            if (outcome == AtomicFile.Outcome.KEPT) progress.kept(job);
            else progress.ok(job, System.nanoTime() - t0);
        } catch (BadInputException e) {
            progress.failed(job, Main.oneLine(e.getMessage()), e);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            if (e instanceof IllegalStateException && "interrupted".equals(e.getMessage())) return;
            progress.failed(job, job.input + ": error: " + Main.describe(e)
                    + (term.debug ? "" : " (run with --debug for details)"), e);
        }
    }

    private void checkOutputFolder() {
        for (Path p = output.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new BadInputException(output + ": output folder is not writable (" + p + " is a file, not a folder)");
            }
            if (Files.isDirectory(p)) break;
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot create output folder (" + AtomicFile.reason(e) + ")", e);
        }
        try {
            Files.deleteIfExists(Files.createTempFile(output, ".dossier-write-test.", ".part"));
        } catch (IOException e) {
            throw new BadInputException(output + ": output folder is not writable (" + AtomicFile.reason(e) + ")", e);
        }
    }

    /** The articles, in argument order (folders sorted by name), with unique output names. */
    private List<Job> plan(Term term) {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (in.toString().equals("-")) {
                // file names, one a line, on standard input: find inbox -name '*.txt' | dossier batch - -o out
                try {
                    new String(Main.of(spec).stdin.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .map(String::strip).filter(l -> !l.isEmpty()).map(Path::of).forEach(files::add);
                } catch (IOException e) {
                    throw new BadInputException("stdin: cannot read the list of files (" + e.getMessage() + ")", e);
                }
            } else if (Files.isDirectory(in)) {
                try (Stream<Path> list = Files.list(in)) {
                    list.filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !Files.isDirectory(p))
                            .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new BadInputException(in + ": cannot list folder (" + AtomicFile.reason(e) + ")", e);
                }
            } else {
                files.add(in);
            }
        }
        Map<String, Integer> used = new HashMap<>();
        List<Job> jobsList = new ArrayList<>();
        for (Path f : files) {
            String base = OutputNames.stem(f);
            String name = base;
            int n = used.merge(base, 1, Integer::sum);
            if (n > 1) name = base + "-" + n;
            jobsList.add(new Job(f, name, output.resolve(name + ".pdf")));
        }
        return jobsList;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Progress: on a terminal a bar on stderr, redrawn in place; otherwise one plain line per
     * article on stdout ({@code [12/200] ok  a.txt → out/a.pdf}). Failures always go to stderr
     * as {@code dossier: FILE: reason}; the summary closes the run on stderr.
     */
    static final class Progress {
        final Term term;
        final int total;
        final AtomicInteger made = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger kept = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        private volatile boolean closed;
        private boolean barShown;

        Progress(Term term, int total) {
            this.term = term;
            this.total = total;
            if (bar()) draw();
        }

        private boolean bar() {
            return term.terminal && !term.quiet;
        }

        synchronized void ok(Job job, long nanos) {
            made.incrementAndGet();
            int n = finished.incrementAndGet();
            line(n, term.green("ok  "), job.input + " → " + job.target
                    + (term.verbose ? String.format(Locale.ROOT, " (%.1f s)", nanos / 1e9) : ""), false);
        }

        synchronized void kept(Job job) {
            kept.incrementAndGet();
            int n = finished.incrementAndGet();
            line(n, "kept", job.target + " exists (--no-clobber)", false);
        }

        synchronized void failed(Job job, String message, Throwable e) {
            failed.incrementAndGet();
            int n = finished.incrementAndGet();
            clearBar();
            if (term.debug) e.printStackTrace(term.err);
            term.err.println("dossier: " + message);
            term.err.flush();
            line(n, term.red("FAIL"), job.input.toString(), true);
        }

        synchronized void warning(String w) {
            if (term.quiet) return;
            clearBar();
            term.err.println("dossier: " + w);
            term.err.flush();
            if (bar()) draw();
        }

        private void line(int n, String status, String what, boolean failure) {
            if (closed) return;
            if (bar()) {
                if (term.verbose && !failure) {
                    clearBar();
                    term.err.println("  " + status + " " + what);
                }
                draw();
            } else if (!term.quiet) {
                term.out.println("[" + n + "/" + total + "] " + status + " " + what);
                term.out.flush();
            }
        }

        private void draw() {
            int n = finished.get();
            int width = 30;
            int filled = total == 0 ? width : n * width / total;
            String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
            term.err.print("\r[" + bar + "] " + n + "/" + total + "  made " + made.get()
                    + (failed.get() > 0 ? "  " + term.red("failed " + failed.get()) : "") + "\u001B[K");
            term.err.flush();
            barShown = true;
        }

        private void clearBar() {
            if (barShown) {
                term.err.print("\r\u001B[K");
                barShown = false;
            }
        }

        synchronized void done(double seconds) {
            if (closed) return;
            closed = true;
            clearBar();
            if (term.quiet) return;
            term.err.println(summary(seconds));
            term.err.flush();
        }

        String summary(double seconds) {
            return String.format(Locale.ROOT, "made %d, failed %d%s in %.1f s", made.get(), failed.get(),
                    kept.get() > 0 ? ", kept " + kept.get() : "", seconds);
        }

        /** From the shutdown hook on Ctrl-C or a kill: say where the batch stopped. */
        void interrupted(double seconds) {
            synchronized (this) {
                if (closed) return;
                closed = true;
                clearBar();
                term.err.println("dossier: interrupted: " + summary(seconds) + "; " + (total - finished.get())
                        + " not made; no partial files left");
                term.err.flush();
            }
        }
    }
}
