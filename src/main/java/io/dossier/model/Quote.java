package io.dossier.model;

/**
 * A statement someone made. {@code speaker} is the canonical actor name, or null for an
 * unnamed source, which then has a {@code speakerDescription} ("a Hamas official").
 * {@code start}/{@code end} are character offsets into {@link Article#text()}.
 */
public record Quote(String text, QuoteKind kind, String speaker, String speakerId,
                    String speakerDescription, String cue, int start, int end) {

    public boolean anonymous() {
        return speaker == null;
    }
}
