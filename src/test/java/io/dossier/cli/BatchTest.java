package io.dossier.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `dossier batch`: 200 articles, 20 of them broken. */
class BatchTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredArticlesTwentyBrokenMakeOneHundredEightyDossiersAndTwentyPreciseErrors() throws IOException {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<Path> real = TestArticles.polnear(5);
        int generated = 180 - real.size();
        TestArticles.write(in, generated - 1);
        // one more good article, in Windows-1252: made, with a warning
        Path latin = Files.write(in.resolve("article-latin.txt"), TestArticles.article(999, TestArticles.paragraphs())
                .replace("Briefing item", "Caf\u00e9 briefing item").getBytes(java.nio.charset.Charset.forName("windows-1252")));

        Map<Path, String> broken = new TreeMap<>();
        for (int i = 0; i < 4; i++) broken.put(Files.writeString(in.resolve("empty-" + i + ".txt"), ""), "is empty");
        for (int i = 0; i < 3; i++) broken.put(Files.writeString(in.resolve("blank-" + i + ".md"), "  \n\n \t \n"), "is empty (only whitespace)");
        for (int i = 0; i < 3; i++) {
            byte[] bytes = new byte[2048];
            for (int k = 0; k < bytes.length; k++) bytes[k] = (byte) (k * (i + 3));
            broken.put(Files.write(in.resolve("binary-" + i + ".txt"), bytes), "looks like a binary file (it contains NUL bytes), not an article");
        }
        for (String ext : List.of("docx", "odt", "rtf")) {
            broken.put(Files.writeString(in.resolve("notes." + ext), "The minister said the talks would go on."),
                    "unsupported file type '." + ext + "' (use .txt, .md, .html or .json)");
        }
        for (int i = 0; i < 3; i++) {
            broken.put(Files.writeString(in.resolve("huge-" + i + ".txt"), "The minister said the talks would go on. ".repeat(800)),
                    "larger than the 24 KB size limit for one article");
        }
        for (int i = 0; i < 2; i++) {
            broken.put(Files.writeString(in.resolve("broken-" + i + ".json"), "{\"title\": \"Talks\", \"text\": "),
                    "is not valid JSON");
        }
        broken.put(Files.writeString(in.resolve("german.txt"), "Die Gespräche in Kairo wurden am Mittwoch fortgesetzt, "
                + "sagte ein Sprecher der Regierung. Die Delegationen wollen sich nächste Woche wieder treffen. ".repeat(3)),
                "does not look like English text");
        broken.put(in.resolve("missing.txt"), "no such file");
        assertEquals(20, broken.size());

        List<String> args = new ArrayList<>(List.of("batch", in.toString()));
        for (Path p : real) args.add(p.toString());
        args.add(in.resolve("missing.txt").toString()); // named on the command line, not there
        args.addAll(List.of("-o", out.toString(), "--jobs", "2", "--max-size", "24KB"));

        long t0 = System.nanoTime();
        Cli cli = Cli.run(args.toArray(String[]::new));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("batch of 200 articles (180 good, 20 broken), --jobs 2: %.1f s%n", seconds);

        assertEquals(1, cli.status(), "exit status 1 when any failed");
        List<String> errors = cli.errLines().stream().filter(l -> l.startsWith("dossier: ") && !l.contains(": warning: ")).toList();
        assertEquals(20, errors.size(), String.join("\n", errors));
        for (var e : broken.entrySet()) {
            String prefix = "dossier: " + e.getKey() + ": " + e.getValue();
            assertEquals(1, errors.stream().filter(l -> l.startsWith(prefix)).count(), "expected one line starting " + prefix
                    + " in\n" + String.join("\n", errors));
        }
        assertTrue(cli.errLines().contains("dossier: " + latin + ": warning: not valid UTF-8; read as Windows-1252"), cli.err());
        String summary = cli.errLines().get(cli.errLines().size() - 1);
        assertTrue(summary.matches("made 180, failed 20 in \\d+\\.\\d s"), summary);
        // not a terminal: one plain line per article on stdout
        List<String> progress = cli.out().lines().toList();
        assertEquals(200, progress.size());
        assertTrue(progress.stream().allMatch(l -> l.matches("\\[\\d+/200] (ok  |FAIL) .*")), progress.get(0));

        try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.toList();
            assertEquals(180, all.size(), "only the 180 PDFs, no temporary files: " + all.stream()
                    .filter(p -> !p.toString().endsWith(".pdf")).toList());
            for (Path pdf : all) {
                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    assertTrue(doc.getNumberOfPages() >= 5, pdf + ": " + doc.getNumberOfPages() + " pages");
                }
            }
        }
        for (Path p : real) assertTrue(Files.exists(out.resolve(OutputNames.stem(p) + ".pdf")), p.toString());

        // Run again with --no-clobber and --json: nothing is remade, existing PDFs are kept.
        Cli again = Cli.run("batch", in.resolve("article-000.txt").toString(), in.resolve("article-001.txt").toString(),
                "-o", out.toString(), "--no-clobber", "-q");
        assertEquals(0, again.status(), again.toString());
        assertEquals("", again.err() + again.out(), "--quiet prints nothing when all is well");
    }

    @Test
    void jsonBesideEachPdfAndDuplicateNamesKeptApart() throws IOException {
        Path in = dir.resolve("in");
        TestArticles.write(in, 2);
        Path md = Files.copy(TestArticles.RAFAH, in.resolve("article-000.md")); // same stem as article-000.txt
        Path out = dir.resolve("out");
        Cli cli = Cli.run("batch", in.toString(), "-o", out.toString(), "--json", "--jobs", "2");
        assertEquals(0, cli.status(), cli.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("article-000-2.json", "article-000-2.pdf", "article-000.json", "article-000.pdf",
                    "article-001.json", "article-001.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(cli.out().contains(md + " → " + out.resolve("article-000.pdf")) || cli.out().contains(md + " → " + out.resolve("article-000-2.pdf")));
        assertTrue(Files.readString(out.resolve("article-001.json")).contains("dossier-analysis/1"));
        assertTrue(cli.err().matches("(?s)made 3, failed 0 in \\d+\\.\\d s\\s*"), cli.err());
    }
}
