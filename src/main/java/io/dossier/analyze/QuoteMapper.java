package io.dossier.analyze;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.quote.Attribution;
import io.dossier.model.ActorType;
import io.dossier.model.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ties the quote extractor's attributions to actors: a speaker is matched first by the mention
 * at the speaker's offsets, then by name or alias ("Nono" → "Taher Al-Nono"), then by surname key.
 * Unnamed sources stay anonymous with their description. Each lookup is an index probe, so the
 * work grows with the number of quotes and mentions, not with their product.
 */
final class QuoteMapper {

    private final Map<Attribution, Entity> speakers = new IdentityHashMap<>();
    /** Mentions of people and organizations, by start offset, with the index of their entity. */
    private final int[] starts;
    private final int[] ends;
    private final int[] owners;
    private final int longest;
    private final List<Entity> entities;
    private final Map<String, Integer> byName = new HashMap<>();
    private final Map<String, Integer> bySurname = new HashMap<>();

    QuoteMapper(List<Entity> entities, List<Attribution> attributions) {
        this.entities = entities;
        List<int[]> spans = new ArrayList<>();
        for (int k = 0; k < entities.size(); k++) {
            Entity e = entities.get(k);
            if (e.type != ActorType.PLACE) for (Mention m : e.mentions) spans.add(new int[] {m.start(), m.end(), k});
            byName.putIfAbsent(e.name.toLowerCase(Locale.ROOT), k);
            if (e.type == ActorType.PERSON) bySurname.putIfAbsent(Names.surnameKey(e.name), k);
        }
        // an entity earlier in the list wins a name it shares with a later one's alias, as a scan in list order would
        for (int k = 0; k < entities.size(); k++) {
            for (String surface : entities.get(k).surfaces) byName.merge(surface.toLowerCase(Locale.ROOT), k, Math::min);
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        starts = new int[spans.size()];
        ends = new int[spans.size()];
        owners = new int[spans.size()];
        int max = 0;
        for (int i = 0; i < spans.size(); i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            owners[i] = spans.get(i)[2];
            max = Math.max(max, ends[i] - starts[i]);
        }
        longest = max;
        for (Attribution a : attributions) {
            Entity e = a.speaker() == null ? null : find(a);
            if (e != null) {
                e.quotes++;
                speakers.put(a, e);
            }
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

    /** Speakers that turned out to be descriptions: shown as unnamed sources. */
    private final java.util.Set<Attribution> demoted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code a}'s speaker is a description ("Figures"), not a name: an unnamed source. */
    void demote(Attribution a) {
        demoted.add(a);
    }

    /** Credits {@code a} to {@code e}, an actor made for its speaker. */
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

    private Entity find(Attribution a) {
        if (a.speakerStart() >= 0) {
            int best = Integer.MAX_VALUE;
            // mentions starting before the speaker's end and late enough to reach into it
            for (int i = lastStartBefore(a.speakerEnd()); i >= 0 && starts[i] > a.speakerStart() - longest - 1; i--) {
                if (ends[i] > a.speakerStart()) best = Math.min(best, owners[i]);
            }
            if (best != Integer.MAX_VALUE) return entities.get(best);
        }
        String name = a.speaker().strip();
        Integer k = byName.get(name.toLowerCase(Locale.ROOT));
        if (k != null) return entities.get(k);
        // "Nono" or "Mr. Nono": compare surnames the way the alias merger does
        k = bySurname.get(Names.surnameKey(name));
        return k == null ? null : entities.get(k);
    }

    /** Index of the last mention starting before {@code offset}, or -1. */
    private int lastStartBefore(int offset) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
