package io.dossier.analyze.quote;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Token;

import java.util.ArrayList;
import java.util.List;

/** Finds runs of capitalised words outside quotation marks: the people and bodies a pronoun may refer to. */
final class MentionFinder {

    private static final java.util.Set<String> PARTY_WORDS = io.dossier.analyze.text.Lexicon.words("party-affiliations");

    private MentionFinder() {
    }

    static List<Mention> find(Doc doc) {
        List<Token> t = doc.toks;
        List<Mention> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        java.util.BitSet headlines = titleCaseParagraphs(t);
        while (i < n) {
            if (doc.inQuote[i] >= 0 || !NameRules.nameWord(t.get(i)) || headlines.get(t.get(i).paragraph()) || doc.furniture.get(i)) {
                i++;
                continue;
            }
            int a = i;
            int b = i;
            while (b + 1 < n && doc.inQuote[b + 1] < 0 && t.get(b + 1).paragraph() == t.get(a).paragraph()
                    && (NameRules.nameWord(t.get(b + 1))
                    || NameRules.connector(t.get(b + 1)) && b + 2 < n && NameRules.nameWord(t.get(b + 2)))) {
                if (t.get(b).text().endsWith("’s") || t.get(b).text().endsWith("'s")) break;
                if (NameRules.function(t.get(b + 1)) && !NameRules.connector(t.get(b + 1))) break; // "… Breaks With Obama"
                b++;
            }
            i = b + 1;
            if (doc.verbOpener(a, a == b)) { // "Speaking to reporters, …", "Understated Perez raises …"
                if (a == b) continue;
                a++;
            }
            int[] r = NameRules.trimRun(t, a, b);
            if (r == null || r[1] - r[0] >= 4) continue; // long runs are headlines or titles, not names
            // "Republican claims", "Democratic statements", "Twenty-two said": one adjective or number word is no name
            if (r[0] == r[1] && ("NUM".equals(t.get(r[0]).tag()) || PARTY_WORDS.contains(t.get(r[0]).lower())
                    && ("ADJ".equals(t.get(r[0]).tag()) || !t.get(r[0]).lower().endsWith("s")))) continue;
            boolean sentenceInitialSingle = r[0] == r[1] && doc.sentenceStart[doc.sentence[r[0]]] == r[0];
            String name = Names.stripPossessive(doc.span(r[0], r[1]));
            int end = t.get(r[0]).start() + name.length();
            boolean person = NameRules.personLike(t, a, r[0], r[1]);
            char g = NameRules.gender(t, a, r[0], r[1]);
            if (sentenceInitialSingle && !person) {
                // "Cairo says" is kept; a lone capitalised first word is often just a sentence opener
                if (NameRules.function(t.get(r[0]))) continue;
            }
            out.add(new Mention(name, t.get(r[0]).start(), end, r[0], r[1], doc.sentence[r[0]], t.get(r[0]).paragraph(),
                    person, g, Names.surnameKey(name)));
        }
        return withPersons(out);
    }

    /**
     * Paragraphs written in Title Case ("Clinton Breaks With Obama On Law"): headlines, whose capitalised runs are
     * not names and must not become anyone's fullest name.
     */
    private static java.util.BitSet titleCaseParagraphs(List<Token> t) {
        java.util.BitSet out = new java.util.BitSet();
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

    private static List<Mention> withPersons(List<Mention> out) {
        // a lone surname is a person when the full name ("Ted Cruz") is a person mention
        java.util.Map<String, Mention> persons = new java.util.HashMap<>();
        for (Mention m : out) if (m.person() && m.lastTok() > m.firstTok()) persons.putIfAbsent(m.key(), m);
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            Mention full = persons.get(m.key());
            if (!m.person() && full != null) {
                out.set(k, new Mention(m.name(), m.start(), m.end(), m.firstTok(), m.lastTok(), m.sentence(),
                        m.paragraph(), true, m.gender() != '?' ? m.gender() : full.gender(), m.key()));
            }
        }
        return out;
    }
}
