package io.dossier.compose;

import io.dossier.model.Analysis;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Composes several analyses into one {@link Book}, with the cross-article actor index. */
public final class BookComposer {

    public static final String DEFAULT_TITLE = "Briefing book";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.ENGLISH);

    private final Composer composer = new Composer();

    public Book compose(List<Analysis> analyses, ComposeOptions options, String title) {
        if (analyses.isEmpty()) throw new IllegalArgumentException("a book needs at least one article");
        // Each article's dossier on every processor (Composer keeps no state): after the analysis
        // the second core is idle, and composing was 4 % of a 40-article book's render.
        List<Dossier> dossiers = analyses.parallelStream().map(a -> composer.compose(a, options)).toList();
        List<Book.Entry> entries = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            Dossier d = dossiers.get(i);
            String id = "b" + (i + 1);
            List<String> anchors = new ArrayList<>();
            for (int k = 0; k < d.actors().size(); k++) anchors.add(id + "-actor-" + (k + 1));
            entries.add(new Book.Entry(i + 1, id, d, anchors, "actors-" + (i + 1)));
        }
        List<Group> groups = group(entries);
        List<Book.IndexEntry> index = groups.stream()
                .map(g -> new Book.IndexEntry(g.name, g.type, g.mentions, List.copyOf(g.refs.values())))
                .sorted(Comparator.comparing((Book.IndexEntry e) -> sortKey(e.name())))
                .toList();
        List<Dossier.ActorView> combined = new ArrayList<>();
        int n = 0;
        for (Group g : groups.stream().sorted(Comparator.comparing((Group g) -> -g.mentions)
                .thenComparing(g -> -g.refs.size())).toList()) {
            combined.add(new Dossier.ActorView("x" + (++n), g.name, g.type, g.role, g.affiliation, g.mentions,
                    String.join(", ", g.aliases), g.statements));
        }
        String bookTitle = TextSanitizer.clean(title == null || title.isBlank() ? DEFAULT_TITLE : title.strip());
        List<String> parts = options.sections().stream().filter(Book.ARTICLE_PARTS::contains).toList();
        return new Book(bookTitle, TextSanitizer.clean(options.marking()), options.shownPaper(),
                STAMP.format(options.generatedAt()), TextSanitizer.clean(options.author()),
                entries, index, combined, glance(entries, index), options.duplex(), parts,
                parts.contains("actors"), options.sections().contains("timeline"),
                options.page(), options.logo(), TextSanitizer.clean(options.watermark()));
    }

    private static List<Dossier.Glance> glance(List<Book.Entry> entries, List<Book.IndexEntry> index) {
        int words = entries.stream().mapToInt(e -> e.dossier().wordCount()).sum();
        int statements = entries.stream().mapToInt(e -> e.dossier().quotes().size()).sum();
        long shared = index.stream().filter(e -> e.refs().size() > 1).count();
        return List.of(
                new Dossier.Glance(String.valueOf(entries.size()), entries.size() == 1 ? "article" : "articles"),
                new Dossier.Glance(String.format(Locale.ENGLISH, "%,d", words),
                        "words · " + Math.max(1, Math.round(words / 230.0)) + " min read"),
                new Dossier.Glance(String.valueOf(index.size()),
                        "actors · " + shared + " in more than one article"),
                new Dossier.Glance(String.valueOf(statements), "statements"));
    }

    /** One real-world actor across articles. */
    private static final class Group {
        String name;
        final String type;
        String role;
        String affiliation;
        int mentions;
        int statements;
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<Integer, Book.Ref> refs = new LinkedHashMap<>();

        Group(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    /**
     * Same actor across articles: same type, and the name (or an alias) of one is the name or
     * an alias of the other, compared without case and accents.
     */
    private static List<Group> group(List<Book.Entry> entries) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Book.Entry e : entries) {
            List<Dossier.ActorView> actors = e.dossier().actors();
            for (int k = 0; k < actors.size(); k++) {
                Dossier.ActorView a = actors.get(k);
                List<String> keys = new ArrayList<>();
                keys.add(a.type() + "|" + norm(a.name()));
                if (a.aliases() != null) {
                    for (String alias : a.aliases().split(",\\s*")) {
                        if (!alias.isBlank()) keys.add(a.type() + "|" + norm(alias));
                    }
                }
                Group g = null;
                for (String key : keys) {
                    g = byKey.get(key);
                    if (g != null) break;
                }
                if (g == null) {
                    g = new Group(a.name(), a.type());
                    groups.add(g);
                }
                for (String key : keys) byKey.putIfAbsent(key, g);
                g.keys.addAll(keys);
                if (a.name().length() > g.name.length()) {
                    g.aliases.add(g.name);
                    g.name = a.name();
                } else if (!a.name().equals(g.name)) {
                    g.aliases.add(a.name());
                }
                if (g.role == null) g.role = a.role();
                if (g.affiliation == null) g.affiliation = a.affiliation();
                g.mentions += a.mentions();
                g.statements += a.statements();
                g.refs.putIfAbsent(e.number(), new Book.Ref(e.number(), e.actorAnchors().get(k)));
            }
        }
        for (Group g : groups) g.aliases.remove(g.name);
        return groups;
    }

    static String norm(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String sortKey(String name) {
        return norm(name);
    }
}
