package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.BookRenderer;
import io.dossier.DossierRenderer;
import io.dossier.analyze.Analyzer;
import io.dossier.compose.Book;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import io.dossier.render.TemplateEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The front door every command goes through: read → analyze → render (compose, charts, fill,
 * typeset, finish) → write. Commands parse their options, call one method here and report what
 * it made. The rules every command keeps are here once:
 * <ul>
 * <li>every input is read before anything is analysed, so a bad one is reported before minutes of work;</li>
 * <li>every file a command will write is compared with its inputs and with each other before
 *     anything is written ({@link FileClash});</li>
 * <li>output names are unique, by one rule ({@link UniqueNames});</li>
 * <li>{@code --no-clobber} is one check, before the work ({@link #keeps}), and the write itself
 *     never replaces a file that appeared meanwhile ({@link AtomicFile});</li>
 * <li>files are written whole or not at all ({@link AtomicFile}).</li>
 * </ul>
 */
final class Pipeline {

    static final String BOOK_NAME = "briefing-book";

    /** How dossiers are made: what the options that shape the PDF decide. */
    record Rendering(TemplateEngine templates, ComposeOptions options,
                     Function<List<PdfFinisher.Attachment>, PdfFinisher.Archive> archive, boolean attachJson,
                     List<Path> lookFiles) {
    }

    /**
     * What {@link #make} makes: its inputs (articles, or Analysis JSON files to render as they are;
     * {@code analysesOnly}: nothing but those), the {@code -o} and {@code --json} options, and the
     * article fields the user gave ({@code title} applies to one article only).
     */
    record Request(List<String> inputs, boolean analysesOnly, String output, Path json, boolean noClobber,
                   String title, String source, String date) {
        boolean book() {
            return inputs.size() > 1;
        }
    }

    /** What was made: the PDF, where it went (null: standard output), and what it shows. */
    record Made(byte[] pdf, Path target, String title, List<Analysis> analyses, List<String> names,
                List<Dossier> dossiers, ComposeOptions options) {
        boolean book() {
            return analyses.size() > 1;
        }

        /** The file name a recipient sees: the target's, else the title's slug. */
        String fileName() {
            return target != null ? target.getFileName().toString() : OutputNames.slug(title) + ".pdf";
        }
    }

    private final Main main;
    private final Term term;
    private final long maxSize;
    private final Rendering rendering;
    private final Consumer<String> timings;

    /**
     * {@code rendering} may be null for a command that makes no PDF; {@code timings} hears how long
     * each article's analysis and rendering took ({@code -v}).
     */
    Pipeline(Main main, long maxSize, Rendering rendering, Consumer<String> timings) {
        this.main = main;
        this.term = main.term;
        this.maxSize = maxSize;
        this.rendering = rendering;
        this.timings = timings;
    }

    /**
     * {@code build}, {@code email}, {@code print} and {@code render}: one dossier, or a briefing book
     * of several inputs, written to {@code -o} (a file, a folder, standard output). Null when
     * {@code --no-clobber} kept an existing file.
     */
    Made make(Request r) {
        if (r.inputs().stream().filter("-"::equals).count() > 1) throw new BadInputException("-: standard input can be read only once");
        List<Object> read = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (String input : r.inputs()) {
            Object in = r.analysesOnly() ? Inputs.analysis(input, main.stdin)
                    : Inputs.articleOrAnalysis(input, maxSize, main.stdin, term::warning, r.book() ? null : r.title(), r.source(), r.date());
            read.add(in);
            String title = in instanceof Analysis a ? a.article().title() : ((Article) in).title();
            bases.add(Inputs.baseName(input, title));
        }
        io.dossier.Trace.mark("read");
        List<String> names = UniqueNames.of(bases);
        Path target = "-".equals(r.output()) ? null
                : OutputNames.resolve(r.output(), r.book() ? BOOK_NAME : names.get(0), ".pdf");
        List<FileClash.Planned> planned = new ArrayList<>();
        if (target != null) planned.add(new FileClash.Planned(target, r.book() ? "the briefing book" : "the PDF", "-o"));
        List<Path> jsonFiles = new ArrayList<>();
        if (r.json() != null && !r.book()) {
            jsonFiles.add(r.json());
            planned.add(new FileClash.Planned(r.json(), "the Analysis JSON", "--json"));
        } else if (r.json() != null) {
            for (int i = 0; i < names.size(); i++) {
                jsonFiles.add(r.json().resolve(names.get(i) + ".json"));
                planned.add(new FileClash.Planned(jsonFiles.get(i), "the Analysis JSON of " + r.inputs().get(i), "--json folder"));
            }
        }
        List<Path> inputs = new ArrayList<>(Inputs.files(r.inputs()));
        inputs.addAll(rendering.lookFiles()); // "--css a.css -o a.css" would lose the style sheet
        FileClash.refuse(inputs, planned);
        if (keeps(target, r.noClobber())) {
            kept(target);
            return null;
        }
        List<Analysis> analyses = analyses(r.inputs(), read);
        io.dossier.Trace.mark("analyzed");
        Rendered rendered = render(analyses, names, r.book() ? r.title() : null, r.inputs().get(0));
        io.dossier.Trace.mark("rendered");
        for (int i = 0; i < jsonFiles.size(); i++) AtomicFile.write(jsonFiles.get(i), json(analyses.get(i)));
        writePdf(target, rendered.pdf(), r.noClobber());
        return new Made(rendered.pdf(), target, rendered.title(), analyses, names, rendered.dossiers(), rendering.options());
    }

    /** {@code analyze}: the Analysis JSON of one article, on standard output or written whole into {@code output}. */
    void analyze(String input, String date, Path output) {
        boolean toFile = output != null && !output.toString().equals("-");
        if (toFile) FileClash.refuse(Inputs.files(List.of(input)), List.of(new FileClash.Planned(output, "the Analysis JSON", "-o")));
        Article article = Inputs.override(Inputs.read(input, maxSize, main.stdin, term::warning), null, null, date);
        String json = AnalysisJson.write(analyze(input, article));
        if (!toFile) {
            term.out.print(json);
            term.out.flush();
        } else {
            AtomicFile.write(output, json.getBytes(StandardCharsets.UTF_8));
            term.verbose("wrote " + output);
        }
    }

    /**
     * Where a batch's articles go: {@code folder/NAME.pdf}, and with {@code json} {@code NAME.json} beside
     * it; {@code later} hands out the names of pages named after their titles once read; no output may
     * be one of {@code inputFiles}.
     */
    record BatchOutput(Path folder, boolean json, boolean noClobber, UniqueNames later, List<Path> inputFiles) {
        Path pdf(String name) {
            return folder.resolve(name + ".pdf");
        }

        Path json(String name) {
            return folder.resolve(name + ".json");
        }

        /** The files one article will write, for {@link FileClash}. */
        List<FileClash.Planned> planned(String name, String input) {
            List<FileClash.Planned> planned = new ArrayList<>();
            planned.add(new FileClash.Planned(pdf(name), "the dossier of " + input, "-o folder"));
            if (json) planned.add(new FileClash.Planned(json(name), "the Analysis JSON of " + input, "-o folder"));
            return planned;
        }
    }

    /** What became of one article of a batch: its output name (decided when read, for a page named after its title) and whether it was made or kept. */
    record Batched(String name, Path target, boolean made) {
    }

    /**
     * {@code batch}: one article, from its input to its files; {@code name} is null for a page to be
     * named after its title. Warnings about the input go to {@code warnings}. Null when
     * {@code attempt} was given up at its deadline: nothing is written then, and the article's
     * thread stops at the next stage.
     */
    Batched makeOne(String input, String name, BatchOutput out, Duration fetchTimeout, Attempt attempt, Consumer<String> warnings) {
        if (name != null && keeps(out.pdf(name), out.noClobber())) {
            return attempt.take() ? new Batched(name, out.pdf(name), false) : null; // kept without reading (or fetching) it
        }
        Article article = Inputs.fitsOneDossier(Inputs.read(input, maxSize, null, warnings, fetchTimeout), input);
        attempt.checkpoint();
        if (name == null) {
            name = out.later().claim(OutputNames.slug(article.title()));
            FileClash.refuse(out.inputFiles(), out.planned(name, input));
            if (keeps(out.pdf(name), out.noClobber())) return attempt.take() ? new Batched(name, out.pdf(name), false) : null;
        }
        Analysis analysis = analyze(input, article);
        attempt.checkpoint();
        byte[] pdf = renderOne(analysis, List.of(name), input).pdf();
        if (!attempt.take()) return null; // given up: write nothing
        if (out.json()) AtomicFile.write(out.json(name), json(analysis), out.noClobber());
        boolean made = AtomicFile.write(out.pdf(name), pdf, out.noClobber()) == AtomicFile.Outcome.WRITTEN;
        return new Batched(name, out.pdf(name), made);
    }

    /** The one {@code --no-clobber} check: the target is there and is to be kept. */
    static boolean keeps(Path target, boolean noClobber) {
        return noClobber && target != null && Files.exists(target);
    }

    private void kept(Path target) {
        term.warning(target + ": exists; kept it (--no-clobber)");
    }

    /** The PDF to standard output ({@code -o -}) or atomically to its file; the file's name on stdout. */
    private void writePdf(Path target, byte[] pdf, boolean noClobber) {
        if (target == null) {
            if (term.terminal) throw new BadInputException("-o -: standard output is a terminal; redirect it to a file or a pipe");
            try {
                main.stdout.write(pdf);
                main.stdout.flush();
            } catch (IOException e) {
                throw new BadInputException("stdout: cannot write (" + e.getMessage() + ")", e);
            }
            return;
        }
        if (AtomicFile.write(target, pdf, noClobber) == AtomicFile.Outcome.KEPT) {
            kept(target); // it appeared while this one was being made
            return;
        }
        term.out.println(Term.escape(target.toString()));
        term.out.flush();
    }

    /** The analyses, in input order: the articles analysed (several at a time for a book), the Analysis JSON inputs as they are. */
    private List<Analysis> analyses(List<String> inputs, List<Object> read) {
        List<Article> articles = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) instanceof Article a) {
                articles.add(a);
                names.add(inputs.get(i));
            }
        }
        List<Analysis> analysed = ParallelAnalysis.of(articles, (i, article) -> analyze(names.get(i), article));
        List<Analysis> all = new ArrayList<>();
        int next = 0;
        for (Object in : read) all.add(in instanceof Analysis a ? a : analysed.get(next++));
        return all;
    }

    private Analysis analyze(String input, Article article) {
        long t0 = System.nanoTime();
        Analysis analysis = new Analyzer().analyze(article);
        timings.accept(input + ": analyzed " + article.paragraphs().size() + " paragraphs: " + analysis.actors().size()
                + " actors, " + analysis.quotes().size() + " statements in " + millis(t0) + " ms");
        return analysis;
    }

    /** A rendered dossier or book. */
    private record Rendered(byte[] pdf, String title, List<Dossier> dossiers) {
    }

    private Rendered render(List<Analysis> analyses, List<String> names, String bookTitle, String firstInput) {
        if (analyses.size() == 1) return renderOne(analyses.get(0), names, firstInput);
        long t0 = System.nanoTime();
        BookRenderer.Rendered r = new BookRenderer(rendering.templates()).render(analyses, rendering.options(), bookTitle,
                archive(analyses, names));
        timings.accept("book: " + analyses.size() + " articles, " + r.pdf().length / 1024 + " KB in " + millis(t0) + " ms");
        return new Rendered(r.pdf(), r.book().title(), r.book().articles().stream().map(Book.Entry::dossier).toList());
    }

    private Rendered renderOne(Analysis analysis, List<String> names, String input) {
        long t0 = System.nanoTime();
        DossierRenderer.Rendered r = new DossierRenderer(rendering.templates()).render(analysis, rendering.options(),
                archive(List.of(analysis), names));
        timings.accept(input + ": rendered " + r.pdf().length / 1024 + " KB in " + millis(t0) + " ms");
        return new Rendered(r.pdf(), r.dossier().title(), List.of(r.dossier()));
    }

    /** PDF/A as asked; with {@code --attach-json} each analysis rides in the PDF as NAME.json. */
    private PdfFinisher.Archive archive(List<Analysis> analyses, List<String> names) {
        List<PdfFinisher.Attachment> files = new ArrayList<>();
        if (rendering.attachJson()) {
            for (int i = 0; i < analyses.size(); i++) {
                files.add(new PdfFinisher.Attachment(names.get(i) + ".json", "application/json",
                        "Analysis JSON (dossier-analysis/1)", json(analyses.get(i))));
            }
        }
        return rendering.archive().apply(files);
    }

    /** An analysis as the bytes {@code dossier analyze} writes. */
    static byte[] json(Analysis analysis) {
        return AnalysisJson.write(analysis).getBytes(StandardCharsets.UTF_8);
    }

    static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
