package io.dossier.analyze.quote;

import io.dossier.analyze.text.Names;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The actors' mentions seen from the attribution rules: each {@link Candidate} placed on the {@link Doc}'s tokens.
 * Mentions in bylines and tag lists, or in a headline written in Title Case are left out: a word a headline
 * capitalises is no name. A name inside quotation marks is kept for its form but is nobody's antecedent.
 */
final class Mentions {

    private Mentions() {
    }

    static List<Mention> of(Doc doc, List<Candidate> candidates) {
        List<Token> t = doc.toks;
        List<Mention> out = new ArrayList<>();
        if (t.isEmpty()) return out;
        BitSet headlines = titleCaseParagraphs(t);
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start));
        for (Candidate c : sorted) {
            int a = doc.firstTokenAtOrAfter(c.start());
            if (a >= t.size() || t.get(a).start() >= c.end()) continue;
            int b = Math.max(a, doc.firstTokenAtOrAfter(c.end()) - 1);
            if (doc.furniture.get(a) || headlines.get(t.get(a).paragraph())) continue;
            String name = Names.stripPossessive(doc.text.substring(c.start(), c.end()).strip());
            int run = a;
            while (run > 0 && a - run < 3 && NameRules.title(t.get(run - 1))) run--; // "Mrs.", "Sen." before the name
            out.add(new Mention(name, c.start(), c.end(), a, b, doc.sentence[a], t.get(a).paragraph(),
                    person(c, t, run, a, b), c.type() == ActorType.ORGANIZATION || c.type() == ActorType.PLACE, c.type() == ActorType.PLACE, NameRules.gender(t, run, a, b), Names.surnameKey(name), c.entity(),
                    c.entityName(), doc.inQuote[a] < 0));
        }
        return out;
    }

    /**
     * A person the actor pass vouches for, or one it typed by its capitals alone whose words name no place or body
     * ("Zeynep Akar", but not "East Room").
     */
    private static boolean person(Candidate c, List<Token> t, int run, int a, int b) {
        return c.type() == ActorType.PERSON && (c.vouched() || NameRules.personLike(t, run, a, b));
    }

    /**
     * Paragraphs written in Title Case ("Clinton Breaks With Obama On Law"): headlines, whose capitalised runs are
     * not names and must not become anyone's fullest name.
     */
    private static BitSet titleCaseParagraphs(List<Token> t) {
        BitSet out = new BitSet();
        int k = 0;
        while (k < t.size()) {
            int p = t.get(k).paragraph();
            int words = 0, caps = 0, lowerFunction = 0;
            for (; k < t.size() && t.get(k).paragraph() == p; k++) {
                Token x = t.get(k);
                if (!x.isWord()) continue;
                words++;
                if (x.isCapitalized()) caps++;
                else if (NameRules.function(x)) lowerFunction++;
            }
            if (words >= 5 && caps * 10 >= words * 8 && lowerFunction <= 1) out.set(p);
        }
        return out;
    }
}
