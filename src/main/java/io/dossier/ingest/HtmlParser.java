package io.dossier.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML via jsoup: metadata from meta tags, and the main article text only — the page's
 * navigation, headers, footers, asides, scripts, forms and ad/share/related/newsletter boxes are dropped.
 */
final class HtmlParser {

    private static final String BOILERPLATE_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, input, select, textarea, figure, video, audio, object, embed, dialog, menu";
    /** Class/id words of boxes that are not the story. Matched per word so "header-ad" counts but "shadow" does not. */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:ads?|advert\\w*|advertisement|sponsor\\w*|promo\\w*|share|sharing|social|related|recommend\\w*|"
                    + "newsletter|subscribe|subscription|signup|paywall|comments?|cookie\\w*|banner|popup|modal|sidebar|"
                    + "breadcrumbs?|outbrain|taboola|more-stories|read-more|most-popular|trending|nav|navigation|menu|"
                    + "footer|masthead|toolbar|author-bio|tags)(?:$|[\\s_-])",
            Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");

    private HtmlParser() {
    }

    static Draft parse(String html) {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), text(doc.selectFirst("article h1")),
                text(doc.selectFirst("h1")), doc.title());
        String date = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"), meta(doc, "publisher"),
                meta(doc, "dc.publisher"));
        String byline = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"), meta(doc, "byl"),
                meta(doc, "dc.creator"), text(doc.selectFirst("[rel=author]")), text(doc.selectFirst(".byline, .author")));
        if (byline != null && byline.toLowerCase(Locale.ROOT).startsWith("http")) byline = null;
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));

        Element body = doc.body();
        body.select(BOILERPLATE_TAGS).remove();
        for (Element e : body.getAllElements()) {
            if (e == body || e.parent() == null) continue;
            String names = e.className() + " " + e.id();
            if (names.isBlank()) continue;
            if (BOILERPLATE_NAME.matcher(names).find() && !isMainContainer(e)) e.remove();
        }
        Element main = mainContainer(body);
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = main.select(BLOCKS);
        IdentityHashMap<Element, Boolean> taken = new IdentityHashMap<>();
        for (Element b : blocks) {
            if (hasBlockAncestor(b, main)) continue; // the ancestor's text already includes it
            taken.put(b, true);
            String t = Normalizer.tidyParagraph(b.text());
            if (t.isEmpty() || (title != null && paragraphs.isEmpty() && t.equalsIgnoreCase(title.strip()))) continue;
            paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) paragraphs = Paragraphs.split(main.wholeText());
        return new Draft(title, source, date, url, byline, paragraphs);
    }

    private static boolean isMainContainer(Element e) {
        String tag = e.tagName();
        return tag.equals("article") || tag.equals("main") || tag.equals("body");
    }

    /** The story: the longest {@code <article>}, else {@code <main>}, else the element holding the most paragraph text. */
    private static Element mainContainer(Element body) {
        Element best = null;
        for (Element a : body.select("article")) {
            if (best == null || a.text().length() > best.text().length()) best = a;
        }
        if (best != null && best.text().length() > 200) return best;
        Element main = body.selectFirst("main, [role=main], [itemprop=articleBody]");
        if (main != null) return main;
        Element densest = body;
        int bestLen = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) continue;
            int len = 0;
            for (Element c : parent.children()) if (c.tagName().equals("p")) len += c.text().length();
            if (len > bestLen) {
                bestLen = len;
                densest = parent;
            }
        }
        return bestLen > 0 && bestLen * 2 > body.text().length() ? densest : body;
    }

    private static boolean hasBlockAncestor(Element e, Element stop) {
        for (Element p = e.parent(); p != null && p != stop; p = p.parent()) {
            if (BLOCK_TAGS.contains(p.tagName())) return true;
        }
        return false;
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.select("meta")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content");
                if (!c.isBlank()) return c.strip();
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return Normalizer.tidyParagraph(Normalizer.normalize(v));
        return null;
    }
}
