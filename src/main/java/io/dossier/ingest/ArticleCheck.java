package io.dossier.ingest;

import io.dossier.BadInputException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Never a dossier of the wrong thing: a page whose article text is a handful of words, or a
 * page full of teaser links whose text found has no paragraph of prose (a home or section
 * page), is refused with one line rather than analysed.
 */
final class ArticleCheck {

    /** Fewer words than this is not an article whatever the page (a consent notice, "Advertisement"). */
    static final int MIN_WORDS = 50;
    /** An index page: at least this many teaser links (links of four words or more), and the text found */
    static final int INDEX_TEASERS = 15;
    /** is mostly link text itself (headlines of other stories), or is under this many words... */
    static final int INDEX_MAX_WORDS = 100;
    /** ...and the teasers' words outnumber it this many times. */
    static final int INDEX_RATIO = 2;

    private ArticleCheck() {
    }

    static void require(List<String> paragraphs, Document page, String name) {
        int words = MainText.words(paragraphs);
        List<String> teasers = new ArrayList<>();
        int teaserWords = 0;
        for (Element a : page.body().select("a[href]")) {
            int w = Boilerplate.words(a.text());
            if (w >= 4) {
                teasers.add(a.text().strip());
                teaserWords += w;
            }
        }
        int linked = 0;
        for (String p : paragraphs) {
            for (String t : teasers) {
                if (t.length() * 2 >= p.length() && p.contains(t)) {
                    linked += Boilerplate.words(p);
                    break;
                }
            }
        }
        boolean teaserList = linked * 2 >= words;
        boolean dwarfed = words < INDEX_MAX_WORDS && teaserWords > words * INDEX_RATIO;
        if (teasers.size() >= INDEX_TEASERS && (teaserList || dwarfed))
            throw new BadInputException(name + ": looks like an index page, not an article (" + teasers.size()
                    + " links to stories and only " + count(words) + " of article text)");
        if (words < MIN_WORDS)
            throw new BadInputException(name + ": found only " + count(words) + " of article text in the page (an article has at least "
                    + MIN_WORDS + ")");
    }

    private static String count(int words) {
        return words == 1 ? "1 word" : words + " words";
    }
}
