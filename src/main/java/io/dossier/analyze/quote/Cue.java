package io.dossier.analyze.quote;

/** A cue found for a statement: the subject phrase, the cue token and whether it sits right next to the quote. */
record Cue(Subject subject, int tok, String text, boolean adjacent) {
}
