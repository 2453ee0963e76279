package io.dossier.analyze.quote;

/** A proper-name mention outside quotation marks (titles dropped), with a guess at person-ness and gender. */
record Mention(String name, int start, int end, int firstTok, int lastTok, int sentence, int paragraph,
               boolean person, char gender, String key) {
}
