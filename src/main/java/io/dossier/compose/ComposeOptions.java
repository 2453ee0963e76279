package io.dossier.compose;

import java.time.ZonedDateTime;

/** How the dossier is dressed: handling marking, paper and the generation time shown on the cover. */
public record ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt) {

    public static final String DEFAULT_MARKING = "UNCLASSIFIED // FOR BRIEFING USE";

    public ComposeOptions {
        marking = marking == null || marking.isBlank() ? DEFAULT_MARKING : marking.strip();
        paper = paper == null ? Dossier.Paper.A4 : paper;
        generatedAt = generatedAt == null ? ZonedDateTime.now() : generatedAt;
    }

    public static ComposeOptions defaults() {
        return new ComposeOptions(null, null, null);
    }
}
