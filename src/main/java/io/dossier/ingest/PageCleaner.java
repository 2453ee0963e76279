package io.dossier.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What no reader of a page sees, removed before the article is looked for: scripts and styles,
 * elements hidden by the page ({@code hidden}, {@code display:none}, {@code aria-hidden}), and
 * modal dialogs such as cookie-consent banners, which are long enough to pass for an article
 * when the story itself is short.
 */
final class PageCleaner {

    private static final String INVISIBLE = "script, style, noscript, template, link, meta, iframe, object, embed, "
            + "[hidden], [aria-hidden=true], dialog, [role=dialog], [role=alertdialog], [aria-modal=true]";
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONSENT = Pattern.compile("(?:^|[\\s_-])(?:cookies?|consent|gdpr|cmp|onetrust)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);

    private PageCleaner() {
    }

    /** Removes the invisible parts of {@code doc} in place. */
    static void clean(Document doc) {
        Element body = doc.body();
        for (Element e : body.select(INVISIBLE)) {
            // a page that hides its whole body until a script runs is still an article
            if (e.parent() != null && !e.tagName().equals("body") && e.select("p").size() < 5 || isNoise(e)) e.remove();
        }
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) continue;
            String style = e.attr("style");
            if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find() && !e.tagName().equals("body")) e.remove();
            else if (CONSENT.matcher(e.className() + " " + e.id()).find() && e.select("p").size() < 5) e.remove();
        }
    }

    private static boolean isNoise(Element e) {
        String tag = e.tagName().toLowerCase(Locale.ROOT);
        return tag.equals("script") || tag.equals("style") || tag.equals("template") || tag.equals("link") || tag.equals("meta");
    }
}
