package io.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = "Make the PDF dossier from an Analysis JSON (for example a hand-edited one).",
        footer = {"", "Examples:",
                "  dossier analyze article.txt -o article.json && $EDITOR article.json",
                "  dossier render article.json -o article.pdf"})
final class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ANALYSIS.json", description = "Analysis JSON file or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "PDF file, folder for it, or - for standard output (default: out/NAME.pdf).")
    String output;

    @Option(names = "--no-clobber", description = "Keep an existing output file instead of replacing it.")
    boolean noClobber;

    @Option(names = "--attach-json",
            description = "Embed the Analysis JSON in the PDF as an associated file: PDF/A-3b.")
    boolean attachJson;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Main main = Main.of(spec);
        var rendering = new Pipeline.Rendering(common.templateEngine(main.term::verbose), common.composeOptions(),
                common::archive, attachJson, common.lookFiles());
        // an Analysis JSON has no size limit of its own: it was made from an article that had one
        new Pipeline(main, Long.MAX_VALUE, rendering, main.term::verbose)
                .make(new Pipeline.Request(List.of(input), true, output, null, noClobber, null, null, null));
        return Main.OK;
    }
}
