package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.BookRenderer;
import io.dossier.DossierRenderer;
import io.dossier.analyze.Analyzer;
import io.dossier.finish.PdfFinisher;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code build}, {@code email} and {@code print} share: the inputs and the options that make
 * the dossier (one article) or the briefing book (several), and the one front door that reads,
 * analyzes, renders and writes it ({@link #make}).
 */
abstract class MakeCommand {

    static final String BOOK_NAME = "briefing-book";

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article file (.txt, .md, .html, .json), web page address (http:// or https://), or - for standard input. Several: one briefing book.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "PDF file, folder for it, or - for standard output (default: out/NAME.pdf; "
                    + "for a book out/" + BOOK_NAME + ".pdf).")
    String output;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the article's headline; for a book \"Briefing book\").")
    String title;

    @Option(names = "--source", paramLabel = "S", description = "Publication the article comes from (a book: every article).")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date; relative dates are resolved against it (a book: every article).")
    String date;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the Analysis JSON to FILE (a book: FILE is a folder, one NAME.json per article).")
    Path json;

    @Option(names = "--attach-json",
            description = "Embed the Analysis JSON in the PDF (a book: each article's) as an associated file: PDF/A-3b.")
    boolean attachJson;

    @Mixin
    CommonOptions common;

    @Mixin
    ReadOptions read;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What was made: the PDF, where it went (null: standard output, or kept), and what it shows. */
    record Made(byte[] pdf, Path target, String title, List<Analysis> analyses, List<String> names,
                List<io.dossier.compose.Dossier> dossiers, io.dossier.compose.ComposeOptions options) {
        boolean book() {
            return analyses.size() > 1;
        }

        /** The file name a recipient sees: the target's, else the title's slug. */
        String fileName() {
            return target != null ? target.getFileName().toString() : OutputNames.slug(title) + ".pdf";
        }
    }

    /** The analyses as JSON, one per article (a book: NAME.json each). */
    static List<PdfFinisher.Attachment> jsonAttachments(List<Analysis> analyses, List<String> names) {
        List<PdfFinisher.Attachment> files = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            files.add(new PdfFinisher.Attachment(names.get(i) + ".json", "application/json",
                    "Analysis JSON (dossier-analysis/1)", json(analyses.get(i))));
        }
        return files;
    }

    static byte[] json(Analysis analysis) {
        return AnalysisJson.write(analysis).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads, analyzes, renders and writes the dossier (one input) or the book (several); null when
     * {@code --no-clobber} kept an existing file.
     */
    Made make(boolean noClobber) {
        if (inputs.stream().filter("-"::equals).count() > 1) throw new BadInputException("-: standard input can be read only once");
        Main main = Main.of(spec);
        Term term = main.term;
        boolean book = inputs.size() > 1;
        var templates = common.templateEngine(term::verbose);
        var options = common.composeOptions();
        // Read every input first, so a bad one is reported before minutes of analysis.
        List<Object> read = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        for (String input : inputs) {
            Object in = readInput(main, input);
            read.add(in);
            bases.add(in instanceof Analysis a ? Inputs.baseName(input, a.article().title())
                    : Inputs.baseName(input, ((Article) in).title()));
        }
        io.dossier.Trace.mark("read");
        List<String> names = UniqueNames.of(bases);
        Path target = Output.isStdout(output) ? null
                : OutputNames.resolve(output, book ? BOOK_NAME : names.get(0), ".pdf");
        List<FileClash.Planned> planned = new ArrayList<>();
        if (target != null) planned.add(new FileClash.Planned(target, book ? "the briefing book" : "the PDF", "-o"));
        List<Path> jsonFiles = new ArrayList<>();
        if (json != null && !book) {
            jsonFiles.add(json);
            planned.add(new FileClash.Planned(json, "the Analysis JSON", "--json"));
        } else if (json != null) {
            for (int i = 0; i < names.size(); i++) {
                jsonFiles.add(json.resolve(names.get(i) + ".json"));
                planned.add(new FileClash.Planned(jsonFiles.get(i), "the Analysis JSON of " + inputs.get(i), "--json folder"));
            }
        }
        FileClash.refuse(Inputs.files(inputs), planned);
        if (target != null && noClobber && Files.exists(target)) {
            term.warning(target + ": exists; kept it (--no-clobber)");
            return null;
        }
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            analyses.add(read.get(i) instanceof Analysis a ? a : analyze(term, inputs.get(i), (Article) read.get(i)));
        }
        io.dossier.Trace.mark("analyzed");
        var archive = common.archive(attachJson ? jsonAttachments(analyses, names) : List.of());
        long t0 = System.nanoTime();
        byte[] pdf;
        String madeTitle;
        List<io.dossier.compose.Dossier> dossiers;
        if (book) {
            BookRenderer.Rendered r = new BookRenderer(templates).render(analyses, options, title, archive);
            pdf = r.pdf();
            madeTitle = r.book().title();
            dossiers = r.book().articles().stream().map(io.dossier.compose.Book.Entry::dossier).toList();
            term.verbose("book: " + analyses.size() + " articles, " + pdf.length / 1024 + " KB in " + millis(t0) + " ms");
        } else {
            DossierRenderer.Rendered r = new DossierRenderer(templates).render(analyses.get(0), options, archive);
            pdf = r.pdf();
            madeTitle = r.dossier().title();
            dossiers = List.of(r.dossier());
            term.verbose(inputs.get(0) + ": rendered " + pdf.length / 1024 + " KB in " + millis(t0) + " ms");
        }
        io.dossier.Trace.mark("rendered");
        for (int i = 0; i < jsonFiles.size(); i++) AtomicFile.write(jsonFiles.get(i), json(analyses.get(i)));
        Output.write(main, output, target, pdf, noClobber);
        return new Made(pdf, target, madeTitle, analyses, names, dossiers, options);
    }

    /** An article, or (a {@code .json} file holding one) an Analysis JSON to render as it is. */
    private Object readInput(Main main, String input) {
        if (!"-".equals(input) && input.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && Files.isRegularFile(Path.of(input))
                && Path.of(input).toFile().length() <= read.maxSize) {
            try {
                String text = Files.readString(Path.of(input), StandardCharsets.UTF_8);
                if (text.contains("\"dossier-analysis/")) {
                    Analysis a = AnalysisJson.read(text);
                    if (a.article() == null || a.article().paragraphs().isEmpty()) {
                        throw new BadInputException(input + ": the analysis has no article paragraphs");
                    }
                    return a;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadInputException(input + ": not a valid Analysis JSON (" + e.getOriginalMessage() + ")", e);
            } catch (IOException | java.io.UncheckedIOException e) {
                // not UTF-8 text, or unreadable: the article reader says what is wrong
            }
        }
        return Inputs.override(Inputs.fitsOneDossier(Inputs.read(input, read.maxSize, main.stdin, main.term::warning), input),
                inputs.size() > 1 ? null : title, source, date);
    }

    private static Analysis analyze(Term term, String input, Article article) {
        long t0 = System.nanoTime();
        Analysis analysis = new Analyzer().analyze(article);
        term.verbose(input + ": analyzed " + article.paragraphs().size() + " paragraphs: " + analysis.actors().size()
                + " actors, " + analysis.quotes().size() + " statements in " + millis(t0) + " ms");
        return analysis;
    }

    static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
