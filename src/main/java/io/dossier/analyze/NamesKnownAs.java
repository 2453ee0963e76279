package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Sentence;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One organization, one actor, when the article says what else it is called: "Turkey's State Hydraulic Works, known
 * by its Turkish initials DSI", "the Islamic State group, also known as ISIS", "the Amaury Sport Organisation, known
 * as ASO". The name after "known as" or "known by its … initials" is another name of the organization before it,
 * however little its letters match the full name's (an acronym in another language). Only a one-word name joins,
 * so "known as the Iron Lady" and "known as Mr Fix-It" name no one.
 */
final class NamesKnownAs {

    /** The words that may stand between "known" and the other name ("known by its Turkish initials"). */
    private static final Set<String> LINK_WORDS = Lexicon.words("known-as-words");

    private NamesKnownAs() {
    }

    static List<Entity> apply(List<Entity> entities, Document doc) {
        Map<Long, Entity> byEnd = new HashMap<>(), byStart = new HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions) {
                byEnd.putIfAbsent(key(m.sentence(), m.lastToken()), e);
                if (m.firstToken() == m.lastToken()) byStart.putIfAbsent(key(m.sentence(), m.firstToken()), e);
            }
        }
        if (byStart.isEmpty()) return entities;
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int k = 2; k + 2 < t.size(); k++) {
                if (!t.get(k).is("known")) continue;
                int comma = t.get(k - 1).is("also") ? k - 2 : k - 1;
                if (comma < 1 || !t.get(comma).is(",")) continue;
                Entity body = byEnd.get(key(s.index(), comma - 1));
                if (body == null || body.type != ActorType.ORGANIZATION) continue;
                int j = k + 1;
                while (j < t.size() && j <= k + 5 && (LINK_WORDS.contains(t.get(j).lower()) || adjective(t, j))) j++;
                if (j == k + 1 || j >= t.size()) continue;
                Entity other = byStart.get(key(s.index(), j));
                if (other == null || other == body || other.type == ActorType.PLACE || other.type == ActorType.PERSON
                        || other.mentions.stream().anyMatch(m -> m.firstToken() != m.lastToken())) continue;
                for (Mention m : other.mentions) body.add(m);
                entities.remove(other);
                byStart.values().removeIf(e -> e == other);
                byEnd.values().removeIf(e -> e == other);
            }
        }
        return entities;
    }

    /** A language's or nation's adjective before "initials" or "acronym" ("its Turkish initials", "its Arabic acronym"). */
    private static boolean adjective(List<Token> t, int j) {
        return t.get(j).isCapitalized() && j + 1 < t.size() && LINK_WORDS.contains(t.get(j + 1).lower())
                && !t.get(j + 1).is("as") && !t.get(j + 1).is("by");
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
