package io.dossier.ingest;

import java.util.List;

/** Plain text: optional front matter, then paragraphs; the first line is the headline only when it looks like one. */
final class PlainTextParser {

    private PlainTextParser() {
    }

    static Draft parse(String text) {
        FrontMatter.Result fm = FrontMatter.split(text);
        List<String> paragraphs = Paragraphs.split(fm.body());
        Draft d = new Draft(null, null, null, null, null, paragraphs).withMissing(fm.fields());
        return takeHeadline(d);
    }

    /** Moves a headline-looking first paragraph into the title (when there is more text after it). */
    static Draft takeHeadline(Draft d) {
        List<String> ps = d.paragraphs();
        if (ps.size() >= 2 && Headlines.looksLikeHeadline(ps.get(0))) {
            Draft rest = d.withParagraphs(ps.subList(1, ps.size()));
            return d.title() == null ? rest.withTitle(ps.get(0)) : (ps.get(0).equalsIgnoreCase(d.title().strip()) ? rest : d);
        }
        return d;
    }
}
