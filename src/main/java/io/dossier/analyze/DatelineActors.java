package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Furniture;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Sentence;
import io.dossier.analyze.text.Token;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "BEIRUT (Reuters) -", "WASHINGTON (AP) —": a dateline is furniture to the quote rules (it never speaks), but the
 * place the story was filed from and the agency that filed it are actors a reader may look up, and hand-made actor
 * lists name them. The place is written in capitals, so it is looked up in title case ("NEW YORK" → "New York").
 */
final class DatelineActors {

    private DatelineActors() {
    }

    static List<Mention> find(Document doc) {
        List<Mention> out = new ArrayList<>();
        Gazetteer gaz = Gazetteer.get();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            if (t.isEmpty() || !doc.furniture(s.firstToken()) || !Furniture.upperCase(t.get(0))) continue;
            int k = 0;
            while (k < t.size() && doc.furniture(s.firstToken() + k)) {
                int end = k;
                while (end < t.size() && doc.furniture(s.firstToken() + end) && Furniture.upperCase(t.get(end))) end++;
                if (end > k) {
                    StringBuilder name = new StringBuilder();
                    for (int i = k; i < end; i++) name.append(i > k ? " " : "").append(titleCase(t.get(i).text()));
                    add(out, s, k, end - 1, name.toString(), ActorType.PLACE, gaz);
                    k = end;
                } else {
                    // the agency between parentheses: "(Reuters)", "(AP)"
                    if (t.get(k).is("(") && k + 2 < t.size() && t.get(k + 2).is(")")) add(out, s, k + 1, k + 1, t.get(k + 1).text(), ActorType.ORGANIZATION, gaz);
                    k++;
                }
            }
        }
        return out;
    }

    private static void add(List<Mention> out, Sentence s, int a, int b, String name, ActorType type, Gazetteer gaz) {
        Gazetteer.Entry e = gaz.lookup(name);
        if (e == null || e.type() != type) return;
        List<Token> t = s.tokens();
        out.add(new Mention(name, t.get(a).start(), t.get(b).end(), s.index(), a, b, e, type, false, false));
    }

    /** "BEIRUT" → "Beirut", "D.C." stays "D.C.". */
    private static String titleCase(String w) {
        if (w.contains(".")) return w;
        return w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
    }
}
