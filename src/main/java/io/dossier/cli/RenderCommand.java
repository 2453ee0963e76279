package io.dossier.cli;

import io.dossier.BadInputException;
import io.dossier.DossierRenderer;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Analysis analysis = read();
        if (analysis.article() == null || analysis.article().paragraphs().isEmpty()) {
            throw new BadInputException(input + ": the analysis has no article paragraphs");
        }
        String base = "-".equals(input) ? OutputNames.slug(analysis.article().title()) : OutputNames.stem(Path.of(input));
        Path target = Output.isStdout(output) ? null : OutputNames.resolve(output, base, ".pdf");
        if (target != null) FileClash.refuse(Inputs.files(List.of(input)), List.of(new FileClash.Planned(target, "the PDF", "-o")));
        var rendered = new DossierRenderer(common.templateEngine(Main.of(spec).term::verbose)).render(analysis, common.composeOptions(),
                common.archive(attachJson ? MakeCommand.jsonAttachments(List.of(analysis), List.of(base)) : List.of()));
        Output.write(Main.of(spec), output, target, rendered.pdf(), noClobber);
        return Main.OK;
    }

    private Analysis read() {
        try (InputStream in = "-".equals(input) ? Main.of(spec).stdin : Files.newInputStream(existing(Path.of(input)))) {
            return AnalysisJson.read(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(input + ": not a valid Analysis JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(input + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    private static Path existing(Path p) {
        Inputs.checkReadable(p, p.toString());
        return p;
    }
}
