package io.dossier.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = "Print the Analysis JSON (actors, quotes, timeline, summary) of an article.",
        footer = {"", "Examples:",
                "  dossier analyze samples/cairo-talks.txt",
                "  dossier analyze article.html -o article.json"})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "Article file (.txt, .md, .html, .json), web page address (http:// or https://), or - for standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the JSON to FILE instead of standard output.")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date; relative dates are resolved against it.")
    String date;

    @picocli.CommandLine.Mixin
    ReadOptions read;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Main main = Main.of(spec);
        new Pipeline(main, read.maxSize, null, main.term::verbose).analyze(input, date, output);
        return Main.OK;
    }
}
