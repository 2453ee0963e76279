package io.dossier.analyze;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.QuoteSpan;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A capitalized run that fills a pair of quotation marks on its own is the title of a work, not an actor: news sets
 * games, films, songs, shows and books in quotation marks ("announcing “Super Mario Run,” the company's first …",
 * "games like “Temple Run”"), and names people and organizations without them. Two kinds of quoted names stay: one
 * the gazetteer knows (scare quotes around "Hamas"), and a nickname, which ends in the given name of someone the
 * article names outside quotation marks ("his wife Grace … dubbed “Gucci Grace”", "Marco Rubio … “Little Marco”").
 */
final class QuotedTitles {

    private QuotedTitles() {
    }

    static List<Mention> apply(List<Mention> mentions, Document doc) {
        Set<String> nameWords = new HashSet<>();
        Set<Mention> quoted = new HashSet<>();
        for (Mention m : mentions) {
            if (fillsQuotation(m, doc)) quoted.add(m);
            else if (m.type() != ActorType.ORGANIZATION && m.type() != ActorType.PLACE) nameWords.addAll(List.of(m.surface().split(" ")));
        }
        if (quoted.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!quoted.contains(m) || nickname(m, nameWords)) out.add(m);
        }
        return out;
    }

    private static boolean nickname(Mention m, Set<String> nameWords) {
        String[] w = m.surface().split(" ");
        String last = w[w.length - 1];
        return w.length > 1 && nameWords.contains(last) && Gazetteer.get().isFirstName(last);
    }

    /** Does the mention make up the whole of a quotation, but for the punctuation a quotation closes with? */
    static boolean fillsQuotation(Mention m, Document doc) {
        if (m.known() != null) return false;
        int q = doc.quoteOf(doc.sentences().get(m.sentence()).firstToken() + m.firstToken());
        if (q < 0) return false;
        QuoteSpan span = doc.quotes().get(q);
        if (span.start() != m.start()) return false;
        String text = doc.text();
        for (int k = m.end(); k < span.end(); k++) {
            if (",.!?;:".indexOf(text.charAt(k)) < 0) return false;
        }
        return true;
    }
}
