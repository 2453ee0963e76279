package io.dossier.ingest;

/**
 * A paragraph of a block quotation (HTML {@code <blockquote>}, Markdown {@code >}) as plain text sets it: in
 * quotation marks, so that analysis sees a quotation and who is quoted ("Askar wrote in a post: [block]").
 */
final class BlockQuotation {

    private BlockQuotation() {
    }

    /**
     * The paragraph in quotation marks; as it is when it has marks of its own (a pull quote, or a quotation inside:
     * nesting them would pair the wrong marks), or is the line that credits it ("— Jane Roe (@jroe) May 3, 2017"),
     * or is a heading of a few words.
     */
    static String of(String paragraph) {
        String t = paragraph.strip();
        if (t.isEmpty() || t.indexOf('"') >= 0 || t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0) return paragraph;
        char first = t.charAt(0);
        if (first == '\u2014' || first == '\u2013' || first == '-' || t.split("\\s+").length < 4) return paragraph;
        return "\u201C" + t + "\u201D";
    }
}
