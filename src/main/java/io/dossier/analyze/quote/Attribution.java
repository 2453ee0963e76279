package io.dossier.analyze.quote;

import io.dossier.model.QuoteKind;

/**
 * A statement found in the text, before speakers are matched to actors.
 * {@code speaker} is the name the statement is attributed to as written in the text
 * (after resolving pronouns and descriptions to a named antecedent, e.g. "Taher Al-Nono"),
 * or null for an unnamed source, which then has {@code speakerDescription} ("a Hamas official").
 * {@code speakerStart}/{@code speakerEnd} locate that name mention (-1 when unnamed); {@code speakerEntity} is the
 * index of the actor the speaker is, among the candidates' actors (-1 when no actor answers to the name);
 * {@code start}/{@code end} locate the statement's content. All offsets are into the article text.
 * {@code pass} names the rule that found the speaker ("name", "pronoun/last-speaker-nearby", "inherited", …).
 */
public record Attribution(String text, QuoteKind kind, String speaker, int speakerStart, int speakerEnd, int speakerEntity,
                          String speakerDescription, String cue, int start, int end, String pass) {
}
