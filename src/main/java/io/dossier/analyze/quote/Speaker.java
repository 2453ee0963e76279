package io.dossier.analyze.quote;

/**
 * A resolved speaker: a name with its mention offsets and the index of the actor it names ({@code entity}, -1 when
 * no actor answers to the name), or null with a description. {@code pass} says which rule named it ("name",
 * "pronoun/salient-previous-sentences", …), for diagnostics and the benchmark's per-pass table.
 */
record Speaker(String name, int start, int end, int entity, String description, String pass) {

    /** The actor {@code m} names, at {@code m}. */
    static Speaker of(Mention m) {
        return new Speaker(m.entityName(), m.start(), m.end(), m.entity(), null, null);
    }

    /** A name no actor answers to. */
    static Speaker named(String name, int start, int end) {
        return new Speaker(name, start, end, -1, null, null);
    }

    static Speaker unnamed(String description) {
        return new Speaker(null, -1, -1, -1, description, null);
    }

    Speaker withPass(String how) {
        return new Speaker(name, start, end, entity, description, how);
    }
}
