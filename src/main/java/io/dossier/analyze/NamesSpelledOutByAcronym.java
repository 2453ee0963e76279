package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.List;

/**
 * An acronym in brackets right after a name says where the name starts: "won the Super League Basketball (SLB)
 * Trophy", "the Local Government Pension Scheme (LGPS)". When the capitalised words before the bracket spell the
 * acronym and the mentions found there cover only part of them ("Super League"), the words are one organization's
 * name. A name already found whole ("the United Arab Emirates (UAE)") is left as it is; so is a bracket whose letters
 * the words do not spell ("the Bank of England (the Bank)").
 */
final class NamesSpelledOutByAcronym {

    /** Small words a spelled-out name may hold without a letter of their own: "Office for the Coordination of …", "Committee for a Responsible Federal Budget". */
    private static final java.util.Set<String> SMALL = java.util.Set.of("of", "and", "for", "the", "a", "on", "in", "&");

    private NamesSpelledOutByAcronym() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        List<List<String>> names = new ArrayList<>();
        for (var sentence : doc.sentences()) {
            List<Token> t = sentence.tokens();
            for (int p = 1; p + 2 < t.size(); p++) {
                if (!t.get(p).text().equals("(") || !t.get(p + 2).text().equals(")") || !acronym(t.get(p + 1).text())) continue;
                int start = spelledFrom(t, p, t.get(p + 1).text());
                if (start >= 0) names.add(t.subList(start, p).stream().map(Token::text).toList());
            }
        }
        if (names.isEmpty()) return mentions;
        // the name spelled out once is the same name wherever the words stand again: "Super League Basketball said"
        List<Mention> out = mentions;
        for (int si = 0; si < doc.sentences().size(); si++) {
            List<Token> t = doc.sentences().get(si).tokens();
            for (List<String> name : names) {
                for (int a = 0; a + name.size() <= t.size(); a++) {
                    if (at(t, a, name)) out = widen(out, si, a, a + name.size() - 1, t);
                }
            }
        }
        return out;
    }

    private static boolean at(List<Token> t, int a, List<String> name) {
        for (int i = 0; i < name.size(); i++) if (!t.get(a + i).text().equals(name.get(i))) return false;
        return true;
    }

    private static boolean acronym(String w) {
        if (w.length() < 2 || w.length() > 8) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }

    /**
     * The first token of the words before the bracket at {@code p} whose capitals spell {@code acronym} letter by
     * letter, or -1.
     */
    private static int spelledFrom(List<Token> t, int p, String acronym) {
        int letter = acronym.length() - 1;
        int k = p - 1;
        while (k >= 0 && letter >= 0) {
            Token tk = t.get(k);
            if (tk.isCapitalized() && tk.isWord()) {
                if (Character.toUpperCase(tk.text().charAt(0)) != acronym.charAt(letter)) return -1;
                letter--;
                if (letter < 0) return k;
            } else if (!SMALL.contains(tk.lower()) || k == p - 1) {
                return -1;
            }
            k--;
        }
        return -1;
    }

    /** The mentions with those inside tokens {@code a..b} of sentence {@code s} replaced by one spanning them all. */
    private static List<Mention> widen(List<Mention> mentions, int s, int a, int b, List<Token> t) {
        boolean partial = false;
        for (Mention m : mentions) {
            if (m.sentence() != s || m.lastToken() < a || m.firstToken() > b) continue;
            if (m.firstToken() == a && m.lastToken() == b) return mentions; // found whole
            if (m.firstToken() < a || m.lastToken() > b) return mentions; // a name that runs across the edge
            if (m.type() == ActorType.PLACE && m.known() != null && m.firstToken() == a) return mentions; // "the UK Border Force": the place stays its own
            partial = true;
        }
        if (!partial) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        boolean added = false;
        for (Mention m : mentions) {
            if (m.sentence() == s && m.firstToken() >= a && m.lastToken() <= b) {
                if (!added) out.add(spanning(s, a, b, t));
                added = true;
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static Mention spanning(int s, int a, int b, List<Token> t) {
        StringBuilder surface = new StringBuilder();
        for (int i = a; i <= b; i++) {
            if (i > a && t.get(i).start() > t.get(i - 1).end()) surface.append(' ');
            surface.append(t.get(i).text());
        }
        return new Mention(surface.toString(), t.get(a).start(), t.get(b).end(), s, a, b, null, ActorType.ORGANIZATION, false, false);
    }
}
