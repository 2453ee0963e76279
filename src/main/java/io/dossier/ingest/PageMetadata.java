package io.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about its article: title, publication date, byline, source, canonical URL
 * and language, from JSON-LD (schema.org), Open Graph and other meta tags, and the markup,
 * most deliberate first: structured data is written for machines, a {@code <title>} for tabs.
 */
record PageMetadata(String title, String date, String byline, String source, String url, String language) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle", "blogposting",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage", "posting", "creativework");
    /** Separators between a headline and the site's name in a {@code <title>}. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:/»]\\s+|\\s+::\\s+");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");

    static PageMetadata read(Document doc, String pageUrl) {
        JsonNode ld = articleJsonLd(doc);
        String source = first(text(ld, "publisher", "name"), meta(doc, "og:site_name"), meta(doc, "application-name"),
                meta(doc, "publisher"), meta(doc, "dc.publisher"), text(ld, "sourceOrganization", "name"));
        String title = first(agreeing(text(ld, "headline"), doc.title(), meta(doc, "og:title")), meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "dc.title"),
                meta(doc, "sailthru.title"), doc.title(), text(ld, "name"), elementText(doc.selectFirst("h1")));
        title = withoutSiteName(title, source, doc);
        String date = first(text(ld, "datePublished"), meta(doc, "article:published_time"), meta(doc, "og:article:published_time"),
                meta(doc, "datePublished"), meta(doc, "published_time"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "publish-date"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"),
                meta(doc, "dcterms.created"), meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"),
                attr(doc.selectFirst("time[itemprop=datePublished], time[pubdate], article time[datetime]"), "datetime"),
                attr(doc.selectFirst("[itemprop=datePublished]"), "content"), text(ld, "dateCreated"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), urlDate(pageUrl, doc));
        String byline = first(Bylines.clean(authors(ld)), Bylines.clean(meta(doc, "author")), Bylines.clean(meta(doc, "article:author")),
                Bylines.clean(meta(doc, "byl")), Bylines.clean(meta(doc, "parsely-author")), Bylines.clean(meta(doc, "dc.creator")),
                Bylines.fromElement(doc.selectFirst("[itemprop=author]")), Bylines.fromElement(doc.selectFirst("[rel=author]")),
                Bylines.fromElement(doc.selectFirst(".byline, .author, .article-author, .post-author, [class*=byline]")));
        String url = first(absolute(attr(doc.selectFirst("link[rel=canonical]"), "href"), pageUrl), absolute(meta(doc, "og:url"), pageUrl),
                absolute(text(ld, "url"), pageUrl), pageUrl);
        String language = first(attr(doc.selectFirst("html[lang]"), "lang"), meta(doc, "content-language"),
                attr(doc.selectFirst("meta[http-equiv=content-language]"), "content"), text(ld, "inLanguage"), meta(doc, "og:locale"));
        return new PageMetadata(title, date, byline, source, url, language == null ? null : language.replace('_', '-'));
    }

    /**
     * The structured headline when the page's own titles agree with it: some sites put a
     * description there ("Wikimedia list article") rather than the headline.
     */
    private static String agreeing(String headline, String... titles) {
        if (headline == null) return null;
        Set<String> words = new java.util.HashSet<>(List.of(key(headline).split(" ")));
        boolean anyTitle = false;
        for (String t : titles) {
            if (t == null || t.isBlank()) continue;
            anyTitle = true;
            Set<String> tw = new java.util.HashSet<>(List.of(key(t).split(" ")));
            long shared = words.stream().filter(tw::contains).count();
            if (shared * 2 >= words.size()) return headline;
        }
        return anyTitle ? null : headline;
    }

    /** "Headline - BBC News" → "Headline"; also "BBC News | Headline" and suffixes that are the site's host name. */
    static String withoutSiteName(String title, String source, Document doc) {
        if (title == null) return null;
        Matcher m = SEPARATOR.matcher(title);
        List<int[]> cuts = new ArrayList<>();
        while (m.find()) cuts.add(new int[] {m.start(), m.end()});
        if (cuts.isEmpty()) return title;
        String head = title.substring(0, cuts.get(cuts.size() - 1)[0]).strip();
        String tail = title.substring(cuts.get(cuts.size() - 1)[1]).strip();
        String lead = title.substring(0, cuts.get(0)[0]).strip();
        String rest = title.substring(cuts.get(0)[1]).strip();
        if (isSiteName(tail, source, doc)) return withoutSiteName(head, source, doc);
        if (isSiteName(lead, source, doc)) return rest;
        // a part that is one of the page's <h1>s is the headline (the first <h1> is often the logo)
        for (Element h1 : doc.select("h1")) {
            String h = h1.text().strip();
            if (h.equalsIgnoreCase(head) || h.equalsIgnoreCase(rest) && cuts.size() > 1) return h;
        }
        // otherwise a short last part after a much longer headline is the site's name
        int headWords = Boilerplate.words(head);
        int tailWords = Boilerplate.words(tail);
        if (tailWords <= 4 && headWords >= 2 * tailWords && headWords >= 3) return head;
        return title;
    }

    private static boolean isSiteName(String part, String source, Document doc) {
        String p = key(part);
        if (p.isEmpty()) return false;
        if (source != null && (p.equals(key(source)) || key(source).contains(p) && p.length() >= 3)) return true;
        String host = hostOf(doc);
        return host != null && p.replace(" ", "").length() >= 3 && host.contains(p.replace(" ", ""));
    }

    private static String hostOf(Document doc) {
        String u = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        if (u == null) return null;
        try {
            String h = URI.create(u.strip()).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT).replace(".", "").replace("-", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The JSON-LD object describing the article: the first of an article type, searched through arrays and @graph. */
    private static JsonNode articleJsonLd(Document doc) {
        JsonNode fallback = null;
        for (Element script : doc.select("script[type=\"application/ld+json\"]")) {
            JsonNode root;
            try {
                root = JSON.readTree(jsonPart(script.data()));
            } catch (Exception e) {
                continue; // broken structured data is common; the meta tags still count
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes);
            for (JsonNode n : nodes) {
                String type = types(n);
                if (type.isEmpty()) continue;
                boolean article = false;
                for (String t : type.split(" ")) if (ARTICLE_TYPES.contains(t) && !t.equals("webpage")) article = true;
                if (article) return n;
                if (fallback == null && type.contains("webpage") && n.has("headline")) fallback = n;
            }
        }
        return fallback;
    }

    /** The JSON in a script element, without the CDATA or comment wrapper some pages put round it. */
    private static String jsonPart(String raw) {
        String data = raw.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "").replace("-->", "");
        int start = 0;
        while (start < data.length() && data.charAt(start) != '{' && data.charAt(start) != '[') start++;
        int end = Math.max(data.lastIndexOf('}'), data.lastIndexOf(']'));
        return end > start ? data.substring(start, end + 1) : data;
    }

    private static void flatten(JsonNode n, List<JsonNode> out) {
        if (n == null) return;
        if (n.isArray()) {
            for (JsonNode c : n) flatten(c, out);
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out);
        }
    }

    private static String types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) return "";
        StringBuilder b = new StringBuilder();
        if (t.isArray()) for (JsonNode x : t) b.append(x.asText().toLowerCase(Locale.ROOT)).append(' ');
        else b.append(t.asText().toLowerCase(Locale.ROOT));
        return b.toString().strip();
    }

    /** {@code field} (or {@code field.sub}) of a JSON-LD node as text; the first element of an array. */
    private static String text(JsonNode n, String field, String... sub) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        if (v != null && v.isArray()) v = v.size() > 0 ? v.get(0) : null;
        for (String s : sub) {
            if (v == null || !v.isObject()) return v != null && v.isTextual() && s.equals("name") ? v.asText() : null;
            v = v.get(s);
            if (v != null && v.isArray()) v = v.size() > 0 ? v.get(0) : null;
        }
        return v == null || !v.isValueNode() ? null : v.asText();
    }

    /** All author names of the JSON-LD node, joined as a byline ("A, B and C"). */
    private static String authors(JsonNode ld) {
        if (ld == null || ld.get("author") == null) return null;
        JsonNode a = ld.get("author");
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode x : a.isArray() ? a : List.of(a)) {
            String name = x.isTextual() ? x.asText() : x.path("name").asText("");
            if (!name.isBlank() && !name.startsWith("http")) names.add(name.strip());
        }
        if (names.isEmpty()) return null;
        List<String> list = new ArrayList<>(names);
        if (list.size() == 1) return list.get(0);
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    private static String urlDate(String pageUrl, Document doc) {
        String u = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"), pageUrl);
        if (u == null) return null;
        Matcher m = URL_DATE.matcher(u);
        return m.find() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : null;
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isBlank()) return null;
        try {
            URI u = URI.create(href.strip());
            if (u.isAbsolute()) return u.toString();
            return base == null ? null : URI.create(base).resolve(u).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String meta(Document doc, String name) {
        for (Element m : doc.select("meta[content]")) {
            // property="og:title dc:title" names two properties at once
            String names = " " + m.attr("property") + " " + m.attr("name") + " " + m.attr("itemprop") + " " + m.attr("http-equiv") + " ";
            if (names.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(" " + name.toLowerCase(Locale.ROOT) + " ")) {
                String c = m.attr("content");
                if (!c.isBlank()) return c.strip();
            }
        }
        return null;
    }

    private static String elementText(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return Normalizer.tidyParagraph(Normalizer.normalize(v));
        return null;
    }
}
