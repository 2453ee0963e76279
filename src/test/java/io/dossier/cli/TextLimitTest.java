package io.dossier.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.dossier.cli.BuildCommandTest.dossier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** More text than one dossier takes: build refuses it in one line, analysis alone still runs. */
class TextLimitTest {

    @Test
    void buildRefusesMoreTextThanADossierTakesAndAnalyzeStillRuns(@TempDir Path dir) throws IOException {
        String para = "The minister said the talks would resume in Cairo next week after officials met. ".repeat(40);
        Path article = Files.writeString(dir.resolve("long.txt"),
                "A very long article\n\n" + (para + "\n\n").repeat(2_100_000 / para.length() + 1));
        Path pdf = dir.resolve("long.pdf");
        BuildCommandTest.Run run = dossier("build", article.toString(), "-o", pdf.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("dossier: " + article + ": holds 2.1 million characters of article text; "
                + "one dossier takes at most 2 million"), run.err());
        assertFalse(Files.exists(pdf));
        Path json = dir.resolve("long.json");
        BuildCommandTest.Run analyze = dossier("analyze", article.toString(), "-o", json.toString());
        assertEquals(0, analyze.status(), analyze.err());
        assertTrue(Files.readString(json).contains("\"wordCount\""));
    }
}
