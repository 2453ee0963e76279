package io.dossier.cli;

import io.dossier.DossierRenderer;
import io.dossier.Warmup;
import io.dossier.analyze.Analyzer;
import io.dossier.analyze.Language;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Analyze an article and make its PDF dossier.",
        footer = {"", "Examples:",
                "  dossier build samples/cairo-talks.txt                 # -> out/cairo-talks.pdf",
                "  dossier build article.md -o briefings/ --paper letter",
                "  cat article.txt | dossier build - --title \"Cairo talks\" -o cairo.pdf"})
final class BuildCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1",
            description = "Article file (.txt, .md, .html, .json) or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "PDF file, or folder for it (default: out/NAME.pdf).")
    String output;

    @Option(names = "--title", paramLabel = "T", description = "Title (default: the article's headline).")
    String title;

    @Option(names = "--source", paramLabel = "S", description = "Publication the article comes from.")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date; relative dates are resolved against it.")
    String date;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the Analysis JSON to FILE.")
    Path json;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Language.preload();
        var templates = common.templateEngine();
        Warmup.inBackground(templates);
        Article article = Inputs.override(Inputs.read(input), title, source, date);
        var options = common.composeOptions();
        var renderer = new DossierRenderer(templates);
        Analysis analysis = new Analyzer().analyze(article);
        DossierRenderer.Rendered rendered = renderer.render(analysis, options);
        Path target = OutputNames.resolve(output, Inputs.baseName(input, analysis.article().title()), ".pdf");
        if (json != null) AtomicFile.write(json, AnalysisJson.write(analysis).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(target, rendered.pdf());
        spec.commandLine().getOut().println(target);
        return Main.OK;
    }
}
