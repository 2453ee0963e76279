package io.dossier.analyze.quote;

import io.dossier.model.QuoteKind;

/** A statement found but not yet given a speaker. {@code cue} is null when it must inherit one. */
record Draft(QuoteKind kind, int start, int end, Cue cue, int anchor, int chain) {
}
