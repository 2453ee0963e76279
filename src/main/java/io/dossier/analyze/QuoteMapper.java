package io.dossier.analyze;

import io.dossier.analyze.quote.Attribution;
import io.dossier.model.Quote;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Credits each statement to its actor. The quote rules chose the speaker among the entities' own mentions, so this
 * is a lookup by entity index; a named speaker no entity answers to is left for {@link SpeakerActors}, and unnamed
 * sources stay anonymous with their description.
 */
final class QuoteMapper {

    private final Map<Attribution, Entity> speakers = new IdentityHashMap<>();
    /** Speakers that turned out to be descriptions: shown as unnamed sources. */
    private final java.util.Set<Attribution> demoted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code entities} are those whose indices the attributions' {@code speakerEntity} refers to. */
    QuoteMapper(List<Entity> entities, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (a.speakerEntity() >= 0) assign(a, entities.get(a.speakerEntity()));
        }
    }

    /** Named speakers no actor answers to ("Rosneft said …" when the actor pass found no Rosneft). */
    List<Attribution> unmatched(List<Attribution> attributions) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution a : attributions) {
            if (a.speaker() != null && !a.speaker().isBlank() && !speakers.containsKey(a)) out.add(a);
        }
        return out;
    }

    /** {@code a}'s speaker is a description ("Figures"), not a name: an unnamed source. */
    void demote(Attribution a) {
        demoted.add(a);
        Entity e = speakers.remove(a);
        if (e != null) e.quotes--;
    }

    /** The entity {@code a} is credited to, or null. */
    Entity speakerOf(Attribution a) {
        return speakers.get(a);
    }

    /** Credits {@code a} to {@code e}. */
    void assign(Attribution a, Entity e) {
        e.quotes++;
        speakers.put(a, e);
    }

    List<Quote> quotes(List<Attribution> attributions, Map<Entity, String> ids) {
        List<Quote> out = new ArrayList<>();
        for (Attribution a : attributions) {
            Entity e = speakers.get(a);
            if (demoted.contains(a)) {
                out.add(new Quote(a.text(), a.kind(), null, null, a.speaker().strip(), a.cue(), a.start(), a.end()));
                continue;
            }
            String speaker = e != null ? e.shownName() : blankToNull(a.speaker());
            out.add(new Quote(a.text(), a.kind(), speaker, e == null ? null : ids.get(e), a.speakerDescription(),
                    a.cue(), a.start(), a.end()));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
