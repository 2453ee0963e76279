package io.dossier.analyze.quote;

/**
 * The subject of a cue as written: a proper name ("Taher Al-Nono"), a pronoun ("he") or a description
 * ("a Hamas official"). {@code name} is the name with titles dropped (null unless NAME); {@code nameStart}/
 * {@code nameEnd} its character offsets; {@code firstTok}/{@code lastTok} the token range of the whole phrase.
 */
record Subject(Kind kind, String text, String name, int nameStart, int nameEnd, int firstTok, int lastTok) {
    enum Kind { NAME, PRONOUN, DESCRIPTION }
}
