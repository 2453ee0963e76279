package io.dossier.cli;

import io.dossier.finish.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Archival dossiers from the command line: PDF/A-2b by default, PDF/A-3b carrying the Analysis JSON. */
class ArchiveCommandTest {

    @Test
    void theSampleIsPdfa2bByDefaultOnLetterToo(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("letter.pdf");
        Cli run = Cli.run("build", "samples/cairo-talks.txt", "-o", pdf.toString(), "--paper", "letter");
        assertEquals(0, run.status(), run.toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals(java.util.Set.of(), VeraPdf.failures(bytes, 2));
        Path plain = dir.resolve("plain.pdf");
        assertEquals(0, Cli.run("build", "samples/cairo-talks.txt", "-o", plain.toString(), "--no-pdfa").status());
        assertTrue(!new String(Files.readAllBytes(plain), java.nio.charset.StandardCharsets.ISO_8859_1).contains("pdfaid:part"));
    }

    @Test
    void attachJsonMakesPdfa3bCarryingTheSameJsonAsAnalyze(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("cairo.pdf");
        Cli run = Cli.run("build", "samples/cairo-talks.txt", "-o", pdf.toString(), "--attach-json");
        assertEquals(0, run.status(), run.toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals(java.util.Set.of(), VeraPdf.failures(bytes, 3));
        Path json = dir.resolve("cairo.json");
        assertEquals(0, Cli.run("analyze", "samples/cairo-talks.txt", "-o", json.toString()).status());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            Map<String, PDComplexFileSpecification> files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(java.util.Set.of("cairo-talks.json"), files.keySet());
            PDComplexFileSpecification spec = files.get("cairo-talks.json");
            assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
            assertArrayEquals(Files.readAllBytes(json), spec.getEmbeddedFile().toByteArray());
            assertEquals(COSName.getPDFName("Data"), spec.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")));
            COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertEquals(spec.getCOSObject(), (COSDictionary) af.getObject(0));
        }
    }

    @Test
    void attachJsonWithoutPdfaIsRefusedInOneLine(@TempDir Path dir) {
        Cli run = Cli.run("build", "samples/cairo-talks.txt", "-o", dir.resolve("x.pdf").toString(), "--attach-json", "--no-pdfa");
        assertEquals(2, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("--attach-json"), run.err());
        assertTrue(!Files.exists(dir.resolve("x.pdf")));
    }
}
