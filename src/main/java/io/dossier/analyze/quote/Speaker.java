package io.dossier.analyze.quote;

/** A resolved speaker: a name with its mention offsets, or null with a description. */
record Speaker(String name, int start, int end, String description) {
    static Speaker unnamed(String description) {
        return new Speaker(null, -1, -1, description);
    }
}
