package io.dossier.analyze;

import io.dossier.analyze.quote.Attribution;
import io.dossier.model.ActorType;
import io.dossier.model.Quote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ties the quote extractor's attributions to actors: a speaker is matched first by the mention
 * at the speaker's offsets, then by name or alias ("Nono" → "Taher Al-Nono"). Unnamed sources stay
 * anonymous with their description.
 */
final class QuoteMapper {

    private final List<Entity> entities;
    private final Map<Attribution, Entity> speakers = new IdentityHashMap<>();

    QuoteMapper(List<Entity> entities, List<Attribution> attributions) {
        this.entities = entities;
        for (Attribution a : attributions) {
            Entity e = a.speaker() == null ? null : find(a);
            if (e != null) {
                e.quotes++;
                speakers.put(a, e);
            }
        }
    }

    List<Quote> quotes(List<Attribution> attributions, Map<Entity, String> ids) {
        List<Quote> out = new ArrayList<>();
        for (Attribution a : attributions) {
            Entity e = speakers.get(a);
            String speaker = e != null ? e.name : blankToNull(a.speaker());
            String description = a.speakerDescription();
            out.add(new Quote(a.text(), a.kind(), speaker, e == null ? null : ids.get(e), speaker == null ? description : description,
                    a.cue(), a.start(), a.end()));
        }
        return out;
    }

    private Entity find(Attribution a) {
        if (a.speakerStart() >= 0) {
            for (Entity e : entities) {
                for (Mention m : e.mentions) {
                    if (m.start() < a.speakerEnd() && a.speakerStart() < m.end() && e.type != ActorType.PLACE) return e;
                }
            }
        }
        String name = a.speaker().strip();
        for (Entity e : entities) if (e.name.equalsIgnoreCase(name) || containsIgnoreCase(e.surfaces, name)) return e;
        // "Nono" or "Mr. Nono": compare surnames the way the alias merger does
        String[] words = name.split("\\s+");
        String last = AliasMerger.key(words[words.length - 1]);
        for (Entity e : entities) {
            if (e.type != ActorType.PERSON) continue;
            String[] full = e.name.split("\\s+");
            if (AliasMerger.key(full[full.length - 1]).equals(last)) return e;
        }
        return null;
    }

    private static boolean containsIgnoreCase(Iterable<String> values, String s) {
        for (String v : values) if (v.toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
