package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One name, one actor: once the article has named a person "Lisa O. Monaco" or "Michael Jordan", a bare
 * "Monaco" or "Jordan" is that person ("Ms. Monaco said", "Jordan added"), not the country the gazetteer
 * knows — unless the text uses it as a place ("in Jordan", "to Monaco").
 */
final class SurnamesOverPlaces {

    /** Words before a place name that make it one. */
    private static final Set<String> LOCATIVE = Lexicon.words("place-locatives");

    private SurnamesOverPlaces() {
    }

    /** The surnames, lower case, of the people the article names in full ("Marco Rubio" → "rubio"). */
    static Set<String> namedInFull(List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON && m.known() == null && m.lastToken() > m.firstToken()) {
                String[] words = m.surface().split(" ");
                surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
            }
        }
        return surnames;
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Set<String> surnames = namedInFull(mentions);
        if (surnames.isEmpty()) return mentions;
        Gazetteer gaz = Gazetteer.get();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.known() != null && m.known().type() == ActorType.PLACE && m.firstToken() == m.lastToken()
                    && surnames.contains(m.surface().toLowerCase(Locale.ROOT))) {
                List<Token> t = doc.sentences().get(m.sentence()).tokens();
                Token before = m.firstToken() > 0 ? t.get(m.firstToken() - 1) : null;
                boolean titled = before != null && gaz.isHonorific(before.text());
                boolean locative = before != null && LOCATIVE.contains(before.text().toLowerCase(Locale.ROOT));
                if (titled || !locative) {
                    out.add(new Mention(m.surface(), m.start(), m.end(), m.sentence(), m.firstToken(), m.lastToken(),
                            null, ActorType.PERSON, false, titled));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }
}
