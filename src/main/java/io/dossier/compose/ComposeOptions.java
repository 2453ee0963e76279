package io.dossier.compose;

import java.time.ZonedDateTime;

/**
 * How the dossier is dressed: handling marking, paper, the generation time shown on the
 * cover, and who prepared it ({@code author}, for the PDF metadata and the cover; null when
 * not given); {@code duplex}: laid out for two-sided printing (mirrored margins, major sections on
 * a right-hand page).
 */
public record ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt, String author, boolean duplex) {

    public static final String DEFAULT_MARKING = "UNCLASSIFIED // FOR BRIEFING USE";

    public ComposeOptions {
        marking = marking == null || marking.isBlank() ? DEFAULT_MARKING : marking.strip();
        paper = paper == null ? Dossier.Paper.A4 : paper;
        generatedAt = generatedAt == null ? ZonedDateTime.now() : generatedAt;
        author = author == null || author.isBlank() ? null : author.strip();
    }

    public ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt, String author) {
        this(marking, paper, generatedAt, author, false);
    }

    public ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt) {
        this(marking, paper, generatedAt, null);
    }

    /** The same, laid out for two-sided printing (or not). */
    public ComposeOptions withDuplex(boolean duplex) {
        return new ComposeOptions(marking, paper, generatedAt, author, duplex);
    }

    public static ComposeOptions defaults() {
        return new ComposeOptions(null, null, null, null);
    }
}
