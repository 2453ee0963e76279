package io.dossier.finish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The last stage: Apache PDFBox writes the document information and the matching XMP
 * packet, page labels (the cover is "Cover", then 1, 2, ...), opens the bookmarks pane and
 * shows the title rather than the file name in viewers.
 */
public final class PdfFinisher {

    static final String PRODUCER = "Dossier (Flying Saucer, OpenPDF, Apache PDFBox)";

    /** What the finished PDF says about itself. */
    public record Metadata(String title, String subject, List<String> keywords, String author,
                           Calendar created) {
    }

    public byte[] finish(byte[] pdf, Metadata meta) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(meta.title());
            info.setSubject(meta.subject());
            info.setKeywords(String.join(", ", meta.keywords()));
            info.setAuthor(meta.author());
            info.setCreator("Dossier");
            info.setProducer(PRODUCER);
            info.setCreationDate(meta.created());
            info.setModificationDate(meta.created());

            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setLanguage("en");
            catalog.setPageMode(PageMode.USE_OUTLINES);
            PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);
            catalog.setPageLabels(pageLabels(doc));
            catalog.setMetadata(xmp(doc, meta));

            // An incremental update appends only what changed to the typesetter's bytes:
            // rewriting the whole file would cost more than everything else here.
            catalog.getCOSObject().setNeedToBeUpdated(true);
            info.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("finishing the PDF failed", e);
        }
    }

    private static PDPageLabels pageLabels(PDDocument doc) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange cover = new PDPageLabelRange();
        cover.setPrefix("Cover");
        labels.setLabelItem(0, cover);
        if (doc.getNumberOfPages() > 1) {
            PDPageLabelRange body = new PDPageLabelRange();
            body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            body.setStart(2);
            labels.setLabelItem(1, body);
        }
        return labels;
    }

    private static PDMetadata xmp(PDDocument doc, Metadata meta) throws IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(meta,
                java.time.ZonedDateTime.ofInstant(meta.created().toInstant(), meta.created().getTimeZone().toZoneId()),
                PRODUCER));
        return metadata;
    }

    public static Calendar calendar(java.time.ZonedDateTime t) {
        return GregorianCalendar.from(t);
    }
}
