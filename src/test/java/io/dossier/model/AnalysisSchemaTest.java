package io.dossier.model;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dossier.Fixtures;
import io.dossier.analyze.Analyzer;
import io.dossier.bench.Shapes;
import io.dossier.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The published contract, {@code docs/analysis.schema.json}, holds for every Analysis JSON the
 * tests make: {@code dossier analyze} on the sample, the test articles, ingest's fuzzing seeds
 * and PolNeAR articles; the analyzer on the pathological shapes; and the hand-made analyses the
 * render stress tests lay out. And it is strict enough to catch a wrong field.
 */
class AnalysisSchemaTest {

    static final Path SCHEMA_FILE = Path.of("docs/analysis.schema.json");
    static final Path POLNEAR = Path.of("../shared/data/polnear");

    static SchemaRegistry registry;
    static Schema schema;

    @BeforeAll
    static void load() throws IOException {
        // the registry's default loader reads the draft's meta-schemas from its own jar, never the network
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        schema = registry.getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);
    }

    static List<String> errors(String json) {
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) out.add(e.getInstanceLocation() + ": " + e.getMessage());
        return out;
    }

    static void assertValid(String what, String json) {
        List<String> errors = errors(json);
        assertTrue(errors.isEmpty(), what + " breaks the schema:\n" + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
    }

    static String analyze(Path article) {
        Cli cli = Cli.run("analyze", article.toString());
        assertEquals(0, cli.status(), article + ": " + cli.err());
        return cli.out();
    }

    @Test
    void theSchemaIsADraft202012Schema() throws IOException {
        Schema meta = registry.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<Error> errors = meta.validate(Files.readString(SCHEMA_FILE), InputFormat.JSON);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void dossierSchemaPrintsTheFileInDocs() throws IOException {
        Cli cli = Cli.run("schema");
        assertEquals(0, cli.status(), cli.toString());
        assertEquals(Files.readString(SCHEMA_FILE), cli.out());
    }

    @Test
    void theSampleAndTheTestArticlesAnalysesKeepTheContract() {
        for (Path p : List.of(Fixtures.SAMPLE, Path.of("src/test/resources/articles/rafah-crossing.md"),
                Path.of("src/test/resources/articles/ceasefire-vote.txt"))) {
            String json = analyze(p);
            assertTrue(json.contains("\"quotes\" : [ {"), p + " has statements to check");
            assertValid(p.toString(), json);
        }
    }

    @Test
    void ingestsFuzzingSeedsAnalysesKeepTheContract(@TempDir Path dir) throws IOException {
        Path seeds = Path.of("src/test/resources/io/dossier/ingest/IngestFuzzTestInputs");
        Map<String, String> extensions = Map.of("text", ".txt", "markdown", ".md", "html", ".html", "json", ".json");
        int checked = 0;
        try (Stream<Path> files = Files.walk(seeds)) {
            for (Path seed : files.filter(Files::isRegularFile).sorted().toList()) {
                String format = seed.getParent().getFileName().toString();
                byte[] bytes = Files.readAllBytes(seed);
                Cli cli;
                if (extensions.containsKey(format)) {
                    Path copy = Files.write(dir.resolve(format + "-" + seed.getFileName() + extensions.get(format)), bytes);
                    cli = Cli.run("analyze", copy.toString());
                } else {
                    cli = Cli.runWithStdin(bytes, "analyze", "-"); // "sniffed": read from standard input
                }
                assertEquals(0, cli.status(), seed + ": " + cli.err());
                assertValid(seed.toString(), cli.out());
                checked++;
            }
        }
        assertTrue(checked >= 10, "seeds checked: " + checked);
    }

    @Test
    void thePathologicalShapesAnalysesKeepTheContract() {
        // the shapes of issue 9 at a tenth of their size (PathologicalShapesTest runs them in full,
        // half a minute): what the analysis writes does not depend on the size
        Map<String, String> shapes = Map.of(
                "one sentence, 800 'X said' clauses", Shapes.saidClauses(800),
                "one paragraph, 500 dates", Shapes.dates(500),
                "100 KB without a full stop", Shapes.noFullStop(100_000),
                "a 300 KB paragraph", Shapes.bigParagraph(Fixtures.sampleParagraphs(), 300_000));
        Analyzer analyzer = new Analyzer();
        shapes.forEach((name, paragraph) -> assertValid(name, AnalysisJson.write(analyzer.analyze(
                new Article(name, null, "2024-11-27", null, null, List.of(paragraph))))));
    }

    @Test
    void fortyPolnearArticlesAnalysesKeepTheContract() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            Path dir = POLNEAR.resolve(split).resolve("text");
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                // spread over the publishers (the names start with the publisher): every n-th article
                for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 20)) texts.add(all.get(i));
            }
        }
        assumeTrue(!texts.isEmpty(), "PolNeAR is not in " + POLNEAR.toAbsolutePath().normalize());
        assertTrue(texts.size() >= 40, "articles: " + texts.size());
        for (Path p : texts) assertValid(p.getFileName().toString(), analyze(p));
    }

    @Test
    void theRenderStressTestsHandMadeAnalysesKeepTheContract() {
        Analysis sample = Fixtures.sample();
        assertValid("sample", AnalysisJson.write(sample));
        assertValid("forty actors", AnalysisJson.write(Fixtures.withActors(sample, Fixtures.fortyActors())));
        assertValid("no quotes", AnalysisJson.write(Fixtures.withQuotes(sample, List.of())));
        assertValid("long article", AnalysisJson.write(Fixtures.withArticle(sample,
                Fixtures.article("A long read", Fixtures.longArticle(5000)))));
    }

    /** The sample's analysis with one thing changed by {@code edit}. */
    private static String sampleWith(java.util.function.UnaryOperator<String> edit) {
        String json = AnalysisJson.write(Fixtures.sample());
        String edited = edit.apply(json);
        assertFalse(edited.equals(json), "the edit changed nothing");
        return edited;
    }

    @Test
    void aWrongFieldIsCaught() {
        // a misspelt field, which the reader would silently ignore
        List<String> misspelt = errors(sampleWith(j -> j.replaceFirst("\"speaker\" :", "\"speker\" :")));
        assertTrue(misspelt.stream().anyMatch(e -> e.startsWith("/quotes/0: ") && e.contains("speker")), misspelt.toString());
        assertTrue(misspelt.stream().anyMatch(e -> e.startsWith("/quotes/0: ") && e.contains("speaker")),
                "and the field it should have been is missing: " + misspelt);
        // a number written as text
        assertOneErrorAt("/actors/0/mentions: ", j -> j.replaceFirst("\"mentions\" : (\\d+)", "\"mentions\" : \"$1\""));
        // a kind of actor the contract does not have
        assertOneErrorAt("/actors/0/type: ", j -> j.replaceFirst("\"type\" : \"organization\"", "\"type\" : \"company\""));
        // an event date that is not ISO
        assertOneErrorAt("/timeline/", j -> j.replaceFirst("\"date\" : \"2023-10-07\"", "\"date\" : \"Oct. 7, 2023\""));
        // another contract
        assertOneErrorAt("/schema: ", j -> j.replace("\"dossier-analysis/1\"", "\"dossier-analysis/2\""));
    }

    /** The sample's analysis changed by {@code edit} breaks the contract once, at {@code where}. */
    private static void assertOneErrorAt(String where, java.util.function.UnaryOperator<String> edit) {
        List<String> found = errors(sampleWith(edit));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith(where), found.toString());
    }
}
