package io.dossier;

import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.render.TemplateEngine;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The same analysis at the same "generated" time (SOURCE_DATE_EPOCH on the command line) makes the
 * same bytes: font-subset names and the file identifier come from the document, not from chance or
 * the clock. (EmailCommandTest checks it across two processes, through the .eml that carries the PDF.)
 */
class ReproduciblePdfTest {

    @Test
    void sameInputSameBytes() {
        DossierRenderer renderer = new DossierRenderer(new TemplateEngine());
        ComposeOptions at = new ComposeOptions(null, Dossier.Paper.A4, ZonedDateTime.parse("2024-11-28T09:00:00Z"));
        byte[] first = renderer.render(Fixtures.sample(), at, PdfFinisher.Archive.PDFA).pdf();
        byte[] second = renderer.render(Fixtures.sample(), at, PdfFinisher.Archive.PDFA).pdf();
        assertArrayEquals(first, second);
        byte[] later = renderer.render(Fixtures.sample(), new ComposeOptions(null, Dossier.Paper.A4,
                ZonedDateTime.parse("2024-11-29T09:00:00Z")), PdfFinisher.Archive.PDFA).pdf();
        assertFalse(java.util.Arrays.equals(first, later), "another time, another file (and another /ID)");
    }
}
