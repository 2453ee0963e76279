package io.dossier.finish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last stage: Apache PDFBox writes the document information and the matching XMP
 * packet, page labels (the cover is "Cover", then 1, 2, ...), opens the bookmarks pane and
 * shows the title rather than the file name in viewers.
 *
 * <p>With {@link Options#pdfa()} the file is made archival, PDF/A-2b (ISO 19005-2, level B):
 * an sRGB output intent, the {@code pdfaid} identification in the XMP packet, every annotation
 * printable, and no {@code /CIDSet} in the font descriptors (OpenPDF writes one that does not
 * list every glyph of the subset; PDF/A-2 makes it optional). With attachments it is PDF/A-3b
 * (ISO 19005-3), the one part that allows embedded files of any type: each is an associated
 * file of the document ({@code /AF}, {@code AFRelationship /Data}).
 */
public final class PdfFinisher {

    static final String PRODUCER = "Dossier (Flying Saucer, OpenPDF, Apache PDFBox)";

    /** The colour space the output intent names (the typesetter writes DeviceRGB colours). */
    static final String SRGB = "sRGB IEC61966-2.1";

    /** What the finished PDF says about itself. */
    public record Metadata(String title, String subject, List<String> keywords, String author,
                           Calendar created) {
    }

    /** A file the PDF carries inside it (PDF/A-3 "associated file"). */
    public record Attachment(String name, String mimeType, String description, byte[] bytes) {
    }

    /**
     * How the file is finished: archival (PDF/A-2b, or PDF/A-3b when there are attachments) and for
     * two-sided printing (viewer preferences {@code Duplex} and {@code PrintScaling None}).
     */
    public record Options(boolean pdfa, boolean duplex, List<Attachment> attachments) {
        public static final Options PLAIN = new Options(false, false, List.of());

        public Options {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** The PDF/A part this file conforms to: 0 (none), 2 or 3. */
        public int pdfaPart() {
            return !pdfa ? 0 : attachments.isEmpty() ? 2 : 3;
        }
    }

    /** Whether a file is archival: PDF/A-2b, or PDF/A-3b carrying {@code attachments}. */
    public record Archive(boolean pdfa, List<Attachment> attachments) {
        public static final Archive NONE = new Archive(false, List.of());
        public static final Archive PDFA = new Archive(true, List.of());

        public Archive {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        public Options options(boolean duplex) {
            return new Options(pdfa, duplex, attachments);
        }
    }

    /** Reads the sRGB profile ahead of use, so that a one-shot run does it on another core. */
    public static void prepare() {
        Archival.srgbProfile();
    }

    public byte[] finish(byte[] pdf, Metadata meta) {
        return finish(pdf, meta, Options.PLAIN);
    }

    public byte[] finish(byte[] pdf, Metadata meta, Options options) {
        if (!options.pdfa() && !options.attachments().isEmpty()) {
            throw new IllegalArgumentException("attachments are written only into PDF/A-3 files");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.getCOSObject().removeItem(COSName.getPDFName("FileId")); // how the typesetter was told the /ID
            // The update's /ID from the typesetter's bytes, not from the clock: the same input, the same file.
            doc.setDocumentId(java.util.Arrays.hashCode(pdf) & 0xffffffffL);
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
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            if (options.duplex()) {
                prefs.setDuplex(PDViewerPreferences.DUPLEX.DuplexFlipLongEdge);
                prefs.setPrintScaling(PDViewerPreferences.PRINT_SCALING.None);
            }
            catalog.setViewerPreferences(prefs);
            catalog.setPageLabels(pageLabels(doc));
            int part = options.pdfaPart();
            if (part > 0) {
                catalog.addOutputIntent(outputIntent(doc));
                Archival.clean(doc);
                if (!options.attachments().isEmpty()) attach(doc, options.attachments(), meta.created());
            }
            catalog.setMetadata(xmp(doc, meta, part));

            // An incremental update appends only what changed to the typesetter's bytes:
            // rewriting the whole file would cost more than everything else here. PDFBox
            // collects what changed (every dictionary set or removed into is marked).
            catalog.getCOSObject().setNeedToBeUpdated(true);
            info.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("finishing the PDF failed", e);
        }
    }

    private static PDOutputIntent outputIntent(PDDocument doc) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(Archival.srgbProfile()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    private static void attach(PDDocument doc, List<Attachment> attachments, Calendar created) throws IOException {
        Map<String, PDComplexFileSpecification> names = new java.util.TreeMap<>();
        COSArray af = new COSArray();
        for (Attachment a : attachments) {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.bytes()), COSName.FLATE_DECODE);
            file.setSubtype(a.mimeType());
            file.setSize(a.bytes().length);
            file.setCreationDate(created);
            file.setModDate(created);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.name());
            spec.setFileUnicode(a.name());
            spec.setFileDescription(a.description());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
            names.put(a.name(), spec);
            af.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(names);
        PDDocumentNameDictionary nameDictionary = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        nameDictionary.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(nameDictionary);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
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

    private static PDMetadata xmp(PDDocument doc, Metadata meta, int pdfaPart) throws IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XmpPacket.of(meta,
                java.time.ZonedDateTime.ofInstant(meta.created().toInstant(), meta.created().getTimeZone().toZoneId()),
                PRODUCER, pdfaPart));
        return metadata;
    }

    public static Calendar calendar(java.time.ZonedDateTime t) {
        return GregorianCalendar.from(t);
    }

    /** What PDF/A asks of the typesetter's objects, fixed in place at the COS level. */
    static final class Archival {

        private static volatile byte[] srgb;

        private Archival() {
        }

        /** The JDK's sRGB ICC profile (java.desktop ships it; AWT is loaded for the charts anyway). */
        static byte[] srgbProfile() {
            byte[] p = srgb;
            if (p == null) {
                p = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
                srgb = p;
            }
            return p;
        }

        /**
         * Every font descriptor reachable from the pages loses its {@code /CIDSet}, and every
         * annotation gets the Print flag (PDF/A: annotations print as they show). Walks the COS
         * objects rather than PDFBox's font classes, which would parse every embedded font.
         */
        static void clean(PDDocument doc) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (var page : doc.getPages()) {
                COSDictionary p = page.getCOSObject();
                resources(p.getCOSDictionary(COSName.RESOURCES), seen);
                COSArray annots = p.getCOSArray(COSName.ANNOTS);
                if (annots != null) {
                    for (int i = 0; i < annots.size(); i++) {
                        if (annots.getObject(i) instanceof COSDictionary a) {
                            int flags = a.getInt(COSName.F, 0);
                            if ((flags & 4) == 0) a.setInt(COSName.F, flags | 4);
                        }
                    }
                }
            }
        }

        private static void resources(COSDictionary resources, Set<COSBase> seen) {
            if (resources == null || !seen.add(resources)) return;
            COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
            if (fonts != null) {
                for (COSName name : fonts.keySet()) {
                    if (fonts.getDictionaryObject(name) instanceof COSDictionary font) font(font, seen);
                }
            }
            COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
            if (xobjects != null) {
                for (COSName name : xobjects.keySet()) {
                    if (xobjects.getDictionaryObject(name) instanceof COSStream x
                            && COSName.FORM.equals(x.getCOSName(COSName.SUBTYPE)) && seen.add(x)) {
                        resources(x.getCOSDictionary(COSName.RESOURCES), seen);
                    }
                }
            }
        }

        private static void font(COSDictionary font, Set<COSBase> seen) {
            if (!seen.add(font)) return;
            COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
            if (descriptor != null && descriptor.containsKey(COSName.CID_SET)) descriptor.removeItem(COSName.CID_SET);
            COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
            if (descendants != null) {
                for (int i = 0; i < descendants.size(); i++) {
                    if (descendants.getObject(i) instanceof COSDictionary d) font(d, seen);
                }
            }
        }
    }
}
