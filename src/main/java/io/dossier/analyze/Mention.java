package io.dossier.analyze;

import io.dossier.analyze.text.Gazetteer;

import io.dossier.analyze.text.Token;

import io.dossier.model.ActorType;

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
}
