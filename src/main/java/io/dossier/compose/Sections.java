package io.dossier.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dossier's sections after the cover and the contents, by id (the anchor, the bookmark and the
 * name {@code --sections} takes) and heading, in the default order. A briefing book shows the
 * first three in each article; it has a timeline of its own and an actor index with the actors.
 */
public final class Sections {

    private static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("summary", "Executive summary");
        ALL.put("actors", "Actors");
        ALL.put("quotes", "Quotes and sources");
        ALL.put("timeline", "Timeline");
        ALL.put("places", "Places and figures");
        ALL.put("fulltext", "Full text");
    }

    private Sections() {
    }

    /** Every section id, in the default order. */
    public static List<String> ids() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * The ids of a comma-separated list ({@code summary,quotes,actors}), in its order, each once;
     * throws {@link IllegalArgumentException} naming the valid ids for an unknown one.
     */
    public static List<String> parse(String list) {
        List<String> ids = new ArrayList<>();
        for (String part : list.split(",")) {
            String id = part.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) continue;
            if (!ALL.containsKey(id)) {
                String why = id.equals("cover") || id.equals("contents")
                        ? "'" + id + "' always comes first; it is not chosen"
                        : "'" + part.strip() + "' is not a section";
                throw new IllegalArgumentException(why + " (sections: " + String.join(", ", ALL.keySet()) + ")");
            }
            if (!ids.contains(id)) ids.add(id);
        }
        if (ids.isEmpty()) throw new IllegalArgumentException("no section named (sections: " + String.join(", ", ALL.keySet()) + ")");
        return List.copyOf(ids);
    }

    static List<Dossier.Section> of(List<String> ids) {
        return ids.stream().map(id -> new Dossier.Section(id, ALL.get(id))).toList();
    }
}
