package io.dossier.analyze;

import io.dossier.analyze.text.Gazetteer;

import io.dossier.analyze.text.Token;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One surface form in the text that may name an actor. {@code known} is the gazetteer entry when
 * there is one; {@code type} is the best guess (null for a lone unknown word that still needs an
 * antecedent). {@code weak} mentions ("Abbas" in "Abbas-led") count towards an existing actor but
 * never create one. Token indices are within the sentence.
 */
record Mention(String surface, int start, int end, int sentence, int firstToken, int lastToken,
               Gazetteer.Entry known, ActorType type, boolean weak, boolean titled) {

    /** The same words retyped by what the article says about them: no gazetteer entry, no title. */
    Mention as(ActorType newType) {
        return new Mention(surface, start, end, sentence, firstToken, lastToken, null, newType, weak, false);
    }

    /**
     * The mentions with those the text places made places of their own (no entry, not weak, no title): what the
     * town and place rules each do once they have found their names.
     */
    static List<Mention> placing(List<Mention> mentions, Predicate<Mention> placed) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(placed.test(m) ? new Mention(m.surface, m.start, m.end, m.sentence, m.firstToken, m.lastToken, null,
                    ActorType.PLACE, false, false) : m);
        }
        return out;
    }
}
