package io.dossier.analyze.quote;

/**
 * An actor's mention outside quotation marks as the attribution rules read it: token indices into {@link Doc},
 * whether its actor is a person, or an organization or a place ({@code body}), a gender guess, and the actor ({@code entity}, {@code entityName}) it names. A
 * mention inside quotation marks is no {@code antecedent}: it only tells the fullest form of a name.
 */
record Mention(String name, int start, int end, int firstTok, int lastTok, int sentence, int paragraph,
               boolean person, boolean body, boolean place, char gender, String key, int entity, String entityName, boolean antecedent) {
}
