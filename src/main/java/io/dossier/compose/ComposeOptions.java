package io.dossier.compose;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * How the dossier is dressed: handling marking ({@code ""}: none), paper, the generation time shown
 * on the cover, and who prepared it ({@code author}, for the PDF metadata and the cover; null when
 * not given); {@code duplex}: laid out for two-sided printing (mirrored margins, major sections on
 * a right-hand page); {@code page}: the page set-up asked for ({@link PageSetup#TEMPLATE}: the
 * templates decide; its paper is {@code paper}); {@code sections}: which sections follow the
 * contents, in order; {@code logo}: a {@code data:} URI of a PNG or SVG image for the cover and the
 * running header, or null; {@code watermark}: text across every page, or null.
 */
public record ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt, String author, boolean duplex,
                             PageSetup page, List<String> sections, String logo, String watermark) {

    public static final String DEFAULT_MARKING = "UNCLASSIFIED // FOR BRIEFING USE";

    public ComposeOptions {
        // null: the default marking; blank: none (--no-marking, or --marking "")
        marking = marking == null ? DEFAULT_MARKING : marking.strip();
        page = page == null ? new PageSetup(paper, false, null) : new PageSetup(paper, page.landscape(), page.margins());
        generatedAt = generatedAt == null ? ZonedDateTime.now() : generatedAt;
        author = author == null || author.isBlank() ? null : author.strip();
        sections = sections == null || sections.isEmpty() ? Sections.ids() : List.copyOf(sections);
        watermark = watermark == null || watermark.isBlank() ? null : watermark.strip();
    }

    public ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt, String author, boolean duplex) {
        this(marking, paper, generatedAt, author, duplex, null, null, null, null);
    }

    public ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt, String author) {
        this(marking, paper, generatedAt, author, false);
    }

    public ComposeOptions(String marking, Dossier.Paper paper, ZonedDateTime generatedAt) {
        this(marking, paper, generatedAt, null);
    }

    /** The same, laid out for two-sided printing (or not). */
    public ComposeOptions withDuplex(boolean duplex) {
        return new ComposeOptions(marking, paper, generatedAt, author, duplex, page, sections, logo, watermark);
    }

    /** The same, with these sections after the contents, in this order. */
    public ComposeOptions withSections(List<String> sections) {
        return new ComposeOptions(marking, paper, generatedAt, author, duplex, page, sections, logo, watermark);
    }

    /** The same, with a logo ({@code data:} URI, or null) and a watermark (or null). */
    public ComposeOptions withBranding(String logo, String watermark) {
        return new ComposeOptions(marking, paper, generatedAt, author, duplex, page, sections, logo, watermark);
    }

    /** The same, turned sideways and with these margins (null: the templates'). */
    public ComposeOptions withPage(boolean landscape, Margins margins) {
        return new ComposeOptions(marking, paper, generatedAt, author, duplex, new PageSetup(paper, landscape, margins),
                sections, logo, watermark);
    }

    /** The paper the templates are told of: the one asked for, else A4 (the bundled templates' own). */
    Dossier.Paper shownPaper() {
        Dossier.Paper sheet = page.sheet();
        return sheet != null ? sheet : Dossier.Paper.A4;
    }

    public static ComposeOptions defaults() {
        return new ComposeOptions(null, null, null, null);
    }
}
