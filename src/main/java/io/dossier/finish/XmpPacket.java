package io.dossier.finish;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The XMP metadata packet (Dublin Core, PDF and XMP basic schemas) that mirrors the document
 * information dictionary. Written directly rather than through xmpbox, whose serializer starts
 * javax.xml.transform: over a hundred milliseconds of a one-shot run for a dozen elements.
 */
final class XmpPacket {

    private XmpPacket() {
    }

    static byte[] of(PdfFinisher.Metadata meta, ZonedDateTime created, String producer) {
        return of(meta, created, producer, 0);
    }

    /** {@code pdfaPart} 2 or 3 identifies the file as PDF/A-2b or PDF/A-3b ({@code pdfaid}); 0 does not. */
    static byte[] of(PdfFinisher.Metadata meta, ZonedDateTime created, String producer, int pdfaPart) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(created.withNano(0));
        StringBuilder x = new StringBuilder(2048);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("   <dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", meta.title());
        alt(x, "dc:description", meta.subject());
        if (meta.author() != null) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(escape(meta.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        List<String> keywords = meta.keywords();
        if (!keywords.isEmpty()) {
            x.append("   <dc:subject><rdf:Bag>");
            for (String k : keywords) x.append("<rdf:li>").append(escape(k)).append("</rdf:li>");
            x.append("</rdf:Bag></dc:subject>\n");
        }
        x.append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdf:Keywords>").append(escape(String.join(", ", keywords))).append("</pdf:Keywords>\n")
                .append("   <pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n")
                .append("  </rdf:Description>\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append("   <xmp:CreatorTool>Dossier</xmp:CreatorTool>\n")
                .append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n")
                .append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n")
                .append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n")
                .append("  </rdf:Description>\n");
        if (pdfaPart > 0) {
            x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                    .append("   <pdfaid:part>").append(pdfaPart).append("</pdfaid:part>\n")
                    .append("   <pdfaid:conformance>B</pdfaid:conformance>\n")
                    .append("  </rdf:Description>\n");
        }
        x.append(" </rdf:RDF>\n")
                .append("</x:xmpmeta>\n")
                .append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void alt(StringBuilder x, String element, String value) {
        if (value == null) return;
        x.append("   <").append(element).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(value))
                .append("</rdf:li></rdf:Alt></").append(element).append(">\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even when escaped.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }
}
