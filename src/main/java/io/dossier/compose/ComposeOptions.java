package io.dossier.compose;

import java.time.ZonedDateTime;

/**
 * How the dossier is dressed: handling marking, paper, the generation time shown on the
 * cover, and who prepared it ({@code author}, for the PDF metadata and the cover; null when
 * not given).
 */
public record ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt, String author) {

    public static final String DEFAULT_MARKING = "UNCLASSIFIED // FOR BRIEFING USE";

    public ComposeOptions {
        marking = marking == null || marking.isBlank() ? DEFAULT_MARKING : marking.strip();
        paper = paper == null ? Dossier.Paper.A4 : paper;
        generatedAt = generatedAt == null ? ZonedDateTime.now() : generatedAt;
        author = author == null || author.isBlank() ? null : author.strip();
    }

    public ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt) {
        this(marking, paper, generatedAt, null);
    }

    public static ComposeOptions defaults() {
        return new ComposeOptions(null, null, null, null);
    }
}
