package io.dossier.cli;

import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code dossier schema}: the JSON Schema of the Analysis JSON, the published contract. The build
 * bundles {@code docs/analysis.schema.json} itself, so what this prints is that file, byte for byte.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, addMethodSubcommands = false, versionProvider = Main.Version.class,
        description = "Print the JSON Schema of the Analysis JSON (what analyze writes and render reads).",
        footer = {"", "Examples:",
                "  dossier schema > analysis.schema.json   # for any JSON Schema validator"})
final class SchemaCommand implements Callable<Integer> {

    /** Where the build puts docs/analysis.schema.json in the jar. */
    static final String RESOURCE = "/io/dossier/model/analysis.schema.json";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(schema());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    static String schema() {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("this build has no " + RESOURCE + " (run the Maven build)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
