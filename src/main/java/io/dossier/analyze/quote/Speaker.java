package io.dossier.analyze.quote;

/**
 * A resolved speaker: a name with its mention offsets, or null with a description. {@code pass} says which rule
 * named it ("name", "pronoun/salient-previous-sentences", …), for diagnostics and the benchmark's per-pass table.
 */
record Speaker(String name, int start, int end, String description, String pass) {

    Speaker(String name, int start, int end, String description) {
        this(name, start, end, description, null);
    }

    static Speaker unnamed(String description) {
        return new Speaker(null, -1, -1, description);
    }

    Speaker withPass(String how) {
        return new Speaker(name, start, end, description, how);
    }
}
