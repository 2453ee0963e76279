package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.BookRenderer;
import io.dossier.DossierRenderer;
import io.dossier.analyze.Analyzer;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Analyze an article and make its PDF dossier.",
                "With several inputs, make ONE briefing book: cover, contents, a section per article "
                        + "(summary, key quotes, actors, quotes), then an actor index with the article and page "
                        + "of every actor, and an actor chart over all articles."},
        footer = {"", "Examples:",
                "  dossier build samples/cairo-talks.txt                 # -> out/cairo-talks.pdf",
                "  dossier build article.md -o briefings/ --paper letter",
                "  dossier build https://www.example.com/news/talks-resume   # -> out/talks-resume.pdf",
                "  cat article.txt | dossier build - --title \"Cairo talks\" -o cairo.pdf",
                "  dossier build a.txt b.md c.html -o out/morning-brief.pdf   # one briefing book"})
final class BuildCommand implements Callable<Integer> {

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

    @Option(names = "--no-clobber", description = "Keep an existing output file instead of replacing it.")
    boolean noClobber;

    @Mixin
    CommonOptions common;

    @Mixin
    ReadOptions read;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return inputs.size() == 1 ? single(inputs.get(0)) : book();
    }

    private Integer single(String input) {
        Main main = Main.of(spec);
        Term term = main.term;
        var templates = common.templateEngine(term::verbose);
        var options = common.composeOptions();
        var renderer = new DossierRenderer(templates);
        Article article = Inputs.override(Inputs.read(input, read.maxSize, main.stdin, term::warning), title, source, date);
        io.dossier.Trace.mark("read");
        Path target = Output.isStdout(output) ? null
                : OutputNames.resolve(output, Inputs.baseName(input, article.title()), ".pdf");
        List<FileClash.Planned> planned = new ArrayList<>();
        if (target != null) planned.add(new FileClash.Planned(target, "the PDF", "-o"));
        if (json != null) planned.add(new FileClash.Planned(json, "the Analysis JSON", "--json"));
        FileClash.refuse(Inputs.files(inputs), planned);
        if (target != null && noClobber && java.nio.file.Files.exists(target)) {
            term.warning(target + ": exists; kept it (--no-clobber)");
            return Main.OK;
        }
        Analysis analysis = analyze(term, input, article);
        io.dossier.Trace.mark("analyzed");
        long t0 = System.nanoTime();
        DossierRenderer.Rendered rendered = renderer.render(analysis, options);
        io.dossier.Trace.mark("rendered");
        term.verbose(input + ": rendered " + rendered.pdf().length / 1024 + " KB in " + millis(t0) + " ms");
        if (json != null) AtomicFile.write(json, AnalysisJson.write(analysis).getBytes(StandardCharsets.UTF_8));
        Output.write(main, output, target, rendered.pdf(), noClobber);
        return Main.OK;
    }

    private Integer book() {
        Main main = Main.of(spec);
        Term term = main.term;
        if (inputs.stream().filter("-"::equals).count() > 1) throw new BadInputException("-: standard input can be read only once");
        Path target = Output.isStdout(output) ? null : OutputNames.resolve(output, BOOK_NAME, ".pdf");
        var options = common.composeOptions();
        BookRenderer renderer = new BookRenderer(common.templateEngine(term::verbose));
        // Read every input first, so a bad one is reported before minutes of analysis.
        List<Article> articles = new ArrayList<>();
        for (String input : inputs) {
            articles.add(Inputs.override(Inputs.read(input, read.maxSize, main.stdin, term::warning), null, source, date));
        }
        List<FileClash.Planned> planned = new ArrayList<>();
        if (target != null) planned.add(new FileClash.Planned(target, "the briefing book", "-o"));
        List<Path> jsonFiles = new ArrayList<>();
        if (json != null) {
            List<String> bases = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) bases.add(Inputs.baseName(inputs.get(i), articles.get(i).title()));
            List<String> names = UniqueNames.of(bases);
            for (int i = 0; i < names.size(); i++) {
                jsonFiles.add(json.resolve(names.get(i) + ".json"));
                planned.add(new FileClash.Planned(jsonFiles.get(i), "the Analysis JSON of " + inputs.get(i), "--json folder"));
            }
        }
        FileClash.refuse(Inputs.files(inputs), planned);
        if (target != null && noClobber && java.nio.file.Files.exists(target)) {
            term.warning(target + ": exists; kept it (--no-clobber)");
            return Main.OK;
        }
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) analyses.add(analyze(term, inputs.get(i), articles.get(i)));
        long t0 = System.nanoTime();
        BookRenderer.Rendered rendered = renderer.render(analyses, options, title);
        term.verbose("book: " + analyses.size() + " articles, " + rendered.pdf().length / 1024 + " KB in " + millis(t0) + " ms");
        for (int i = 0; i < jsonFiles.size(); i++) {
            AtomicFile.write(jsonFiles.get(i), AnalysisJson.write(analyses.get(i)).getBytes(StandardCharsets.UTF_8));
        }
        Output.write(main, output, target, rendered.pdf(), noClobber);
        return Main.OK;
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
