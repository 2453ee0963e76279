package io.dossier.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code build}, {@code email} and {@code print} share: the inputs and the options that make
 * the dossier (one article) or the briefing book (several), handed to the {@link Pipeline}.
 */
abstract class MakeCommand {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article file (.txt, .md, .html, .json), web page address (http:// or https://), or - for standard input. Several: one briefing book.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "PDF file, folder for it, or - for standard output (default: out/NAME.pdf; "
                    + "for a book out/" + Pipeline.BOOK_NAME + ".pdf).")
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

    /**
     * Reads, analyzes, renders and writes the dossier (one input) or the book (several), through
     * the front door; null when {@code --no-clobber} kept an existing file.
     */
    Pipeline.Made make(boolean noClobber) {
        return pipeline().make(new Pipeline.Request(inputs, false, output, json, noClobber, title, source, date));
    }

    private Pipeline pipeline() {
        Term term = Main.of(spec).term;
        // the template engine first: a bad --templates folder is reported before the inputs are read
        var rendering = new Pipeline.Rendering(common.templateEngine(term::verbose), common.composeOptions(), common::archive, attachJson,
                common.lookFiles());
        return new Pipeline(Main.of(spec), read.maxSize, rendering, term::verbose);
    }
}
