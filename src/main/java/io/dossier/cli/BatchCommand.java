package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.ingest.ArticleReader;
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
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

@Command(name = "batch", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = {"Make one dossier per article, several at a time.",
                "Web pages too: an address (http:// or https://) given as an argument or on standard input, or a file of "
                        + "addresses (NAME.urls, or a NAME.txt holding nothing but addresses, one a line; # starts a comment).",
                "A bad article never stops the others: each failure is reported as 'dossier: FILE: reason', "
                        + "and the exit status is 1 when any failed; an article that takes longer than --timeout "
                        + "fails alone. Each input gets its own output name, and no output may overwrite an input. "
                        + "Dossiers are written whole or not at all, even when the batch is interrupted (Ctrl-C) or killed."},
        footer = {"", "Examples:",
                "  dossier batch inbox/ -o out/                  # inbox/NAME.txt -> out/NAME.pdf",
                "  dossier batch *.txt *.html -o out/ --jobs 4 --json",
                "  dossier batch inbox/ -o out/ --no-clobber     # only the ones not made yet",
                "  find inbox -name '*.html' | dossier batch - -o out/",
                "  dossier batch links.urls https://example.com/news/talks-resume -o out/   # one dossier per page"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT_DIR|FILE|URL", arity = "1..*",
            description = "Article files, or folders: every file in them (not in subfolders; hidden files and PDFs skipped); "
                    + "web page addresses, or files of them (.urls, or a .txt of nothing but addresses); "
                    + "- reads file names or addresses, one a line, from standard input.")
    List<String> inputs;

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

    @Option(names = "--timeout", paramLabel = "TIME", converter = TimeLimit.class, defaultValue = "60s",
            description = "Longest one article may take, e.g. 90s or 5m; a slower one fails alone and the others go on "
                    + "(0: no limit; default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /**
     * One article to make: its input as named (a file name or a web address), the file (null for
     * an address), its output name and its PDF. A page whose address says nothing has no name until
     * it is read: name and target are null until then.
     */
    record Job(String input, Path file, String name, Path target) {
        Job named(String name, Path target) {
            return new Job(input, file, name, target);
        }
    }

    /** Where the articles go, and the names handed out as pages are read. */
    private Pipeline.BatchOutput out;
    /** The batch's input files (articles and lists of addresses), which no output may overwrite. */
    private final List<Path> inputFiles = new ArrayList<>();

    @Override
    public Integer call() {
        Main main = Main.of(spec);
        Term term = main.term;
        if (jobs < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        List<Job> batch = plan();
        if (batch.isEmpty()) throw new BadInputException(String.join(" ", inputs)
                + ": no articles to make (expected .txt, .md, .html or .json files, or web page addresses)");
        refuseClashes(batch);
        checkOutputFolder();
        Pipeline pipeline = new Pipeline(main, read.maxSize,
                new Pipeline.Rendering(common.templateEngine(term::verbose), common.composeOptions(), common::archive, false,
                        common.lookFiles()),
                line -> { }); // no stage timings: they would cut through the progress bar; -v puts each article's in its line
        BatchProgress progress = new BatchProgress(term, batch.size());

        long start = System.nanoTime();
        Thread summaryOnKill = new Thread(() -> progress.interrupted(seconds(start)), "dossier-batch-summary");
        Runtime.getRuntime().addShutdownHook(summaryOnKill);
        // A thread per article in progress, at most --jobs of them at work: an article given up at
        // its deadline keeps its thread (see Attempt), and the next article gets a new one.
        ExecutorService workers = Executors.newCachedThreadPool(daemon("dossier-worker"));
        ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(daemon("dossier-deadline"));
        Semaphore slots = new Semaphore(Math.min(jobs, batch.size()));
        CountDownLatch settled = new CountDownLatch(batch.size());
        try {
            for (Job job : batch) {
                slots.acquire();
                Attempt attempt = new Attempt();
                Runnable release = () -> {
                    slots.release();
                    settled.countDown();
                };
                workers.execute(() -> {
                    try {
                        run(job, attempt, pipeline, progress, term);
                    } finally {
                        if (attempt.take() || !attempt.givenUp()) release.run();
                    }
                });
                if (!timeout.isZero()) {
                    deadlines.schedule(() -> {
                        if (!attempt.giveUp()) return;
                        progress.failed(job, job.input + ": took longer than the " + TimeLimit.human(timeout)
                                + " time limit for one article (--timeout)", null);
                        release.run();
                    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
            settled.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdown();
            deadlines.shutdownNow();
        }
        progress.done(seconds(start));
        try {
            Runtime.getRuntime().removeShutdownHook(summaryOnKill);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        return progress.failed.get() > 0 ? Main.FAILED : Main.OK;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Makes one article; reports its outcome unless its deadline has given it up. */
    private void run(Job job, Attempt attempt, Pipeline pipeline, BatchProgress progress, Term term) {
        long t0 = System.nanoTime();
        try {
            List<String> warnings = new ArrayList<>();
            Pipeline.Batched done = pipeline.makeOne(job.input, job.name, out, fetchTimeout(), attempt, warnings::add);
            if (done == null) return; // given up: its line is already out
            Job named = job.named(done.name(), done.target());
            for (String w : warnings) progress.warning(w);
            if (done.made()) progress.ok(named, System.nanoTime() - t0);
            else progress.kept(named);
        } catch (BadInputException e) {
            if (attempt.take()) progress.failed(job, e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            if (e instanceof IllegalStateException && "interrupted".equals(e.getMessage())) return;
            if (!attempt.take()) return; // given up: its line is already out
            if (e instanceof OutOfMemoryError) {
                // the article's work is garbage now; the others go on with the memory it held
                progress.failed(job, job.input + ": needs more memory than this run allows ("
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB for " + jobs + " jobs); try it alone", e);
                return;
            }
            progress.failed(job, job.input + ": error: " + Main.describe(e)
                    + (term.debug ? "" : " (run with --debug for details)"), e);
        }
    }

    /** No dossier or JSON over one of the batch's own inputs (say, a.json when a.txt's JSON goes beside it). */
    private void refuseClashes(List<Job> batch) {
        List<FileClash.Planned> planned = new ArrayList<>();
        for (Job job : batch) {
            if (job.name != null) planned.addAll(out.planned(job.name, job.input)); // else named when read
        }
        FileClash.refuse(inputFiles, planned);
    }

    /** One page's fetch gets the usual limit, or the article's --timeout when that is shorter. */
    private Duration fetchTimeout() {
        Duration usual = ArticleReader.DEFAULT_FETCH_TIMEOUT;
        return timeout.isZero() || timeout.compareTo(usual) >= 0 ? usual : timeout;
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
            Files.delete(Files.createFile(output.resolve(AtomicFile.tempName("dossier-write-test"))));
        } catch (IOException e) {
            throw new BadInputException(output + ": output folder is not writable (" + AtomicFile.reason(e) + ")", e);
        }
    }

    /**
     * The articles, in argument order (folders sorted by name, a file of addresses in its order),
     * with one output name each; a page whose address says nothing is named when read.
     */
    private List<Job> plan() {
        List<Job> found = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-")) {
                // file names or addresses, one a line, on standard input: find inbox -name '*.txt' | dossier batch - -o out
                String list;
                try {
                    list = new String(Main.of(spec).stdin.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new BadInputException("stdin: cannot read the list of files (" + e.getMessage() + ")", e);
                }
                list.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> found.add(job(l, "stdin")));
            } else if (ArticleReader.isUrl(in)) {
                found.add(page(in));
            } else {
                Path path = path(in, in);
                List<String> addresses = Files.isDirectory(path) ? null : UrlList.read(path);
                if (addresses != null) {
                    inputFiles.add(path);
                    addresses.forEach(a -> found.add(page(a)));
                } else if (Files.isDirectory(path)) {
                    try (Stream<Path> list = Files.list(path)) {
                        list.filter(p -> !p.getFileName().toString().startsWith("."))
                                .filter(p -> !Files.isDirectory(p))
                                .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                                .sorted().forEach(p -> found.add(file(p)));
                    } catch (IOException e) {
                        throw new BadInputException(in + ": cannot list folder (" + AtomicFile.reason(e) + ")", e);
                    }
                } else {
                    found.add(file(path));
                }
            }
        }
        List<String> bases = new ArrayList<>();
        for (Job j : found) if (j.name != null) bases.add(j.name);
        List<String> names = UniqueNames.of(bases);
        inputFiles.addAll(common.lookFiles()); // no dossier over a --css, --logo or template file
        out = new Pipeline.BatchOutput(output, json, noClobber, new UniqueNames(names), inputFiles);
        List<Job> planned = new ArrayList<>();
        int k = 0;
        for (Job j : found) {
            if (j.name == null) {
                planned.add(j);
            } else {
                String name = names.get(k++);
                planned.add(j.named(name, out.pdf(name)));
            }
        }
        return planned;
    }

    /** A line of standard input: an address or a file name (never a list of addresses: only arguments are read as lists). */
    private Job job(String line, String from) {
        return ArticleReader.isUrl(line) ? page(line) : file(path(line, from));
    }

    private Job file(Path p) {
        inputFiles.add(p);
        return new Job(p.toString(), p, OutputNames.stem(p), null);
    }

    /** A web page: named after the last part of its address, or (name null) after its title once read. */
    private static Job page(String address) {
        return new Job(address.strip(), null, OutputNames.fromUrlPath(address), null);
    }

    private static Path path(String name, String from) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            // a NUL byte: the list is not one file name a line (find -print0?)
            throw new BadInputException(from + ": '" + e.getInput() + "' is not a file name (" + e.getReason() + ")", e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
