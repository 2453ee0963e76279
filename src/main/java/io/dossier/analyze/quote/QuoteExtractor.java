package io.dossier.analyze.quote;

import java.util.List;

/** Finds direct and reported statements and who made them. (Placeholder until the quote work lands.) */
public final class QuoteExtractor {

    public List<Attribution> extract(String text) {
        return List.of();
    }
}
