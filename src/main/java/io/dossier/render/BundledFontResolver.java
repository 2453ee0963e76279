package io.dossier.render;

import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.value.FontSpecification;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.render.FSFont;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A font resolver that knows only the bundled fonts. Flying Saucer's default one first loads
 * the fourteen PDF base fonts (Helvetica, Times, ...), which are never embedded — a print shop
 * rejects them — and cost start-up time. CSS generic families map to bundled faces instead.
 * The symbols face joins on first need ({@link #addSymbols}). A family no face answers to
 * (a style sheet naming a font the machine lacks) falls back to the bundled serif.
 */
final class BundledFontResolver extends ITextFontResolver {

    private final FontLibrary fonts;
    private boolean symbols;
    private final Set<String> missing = new LinkedHashSet<>();
    /**
     * The fonts found before, by what was asked. Layout asks for a font for every box, and Flying
     * Saucer builds its own cache key with {@code String.format} each time: 3 % of a 40-article
     * book's render in a profile. Its fonts are immutable, so one serves every box that asks alike.
     * Only fonts found are kept: a fallback is looked up again, so that its warning is given
     * for every document that needs it.
     */
    private final Map<Asked, FSFont> found = new HashMap<>();

    /** What a box asks for. A class, not a record: a record's equals and hashCode run through method handles, slow in a cold run. */
    private static final class Asked {
        private final String[] families;
        private final float size;
        private final IdentValue weight;
        private final IdentValue style;
        private final IdentValue variant;
        private final int hash;

        Asked(FontSpecification spec) {
            families = spec.families == null ? null : spec.families.clone();
            size = spec.size;
            weight = spec.fontWeight;
            style = spec.fontStyle;
            variant = spec.variant;
            hash = ((Arrays.hashCode(families) * 31 + Float.hashCode(size)) * 31 + System.identityHashCode(weight)) * 31
                    + System.identityHashCode(style);
        }

        @Override
        public boolean equals(Object o) {
            // IdentValues are interned constants: the same value is the same object
            return o instanceof Asked a && a.hash == hash && a.size == size && a.weight == weight && a.style == style
                    && a.variant == variant && Arrays.equals(a.families, families);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private BundledFontResolver(FontLibrary fonts) {
        this.fonts = fonts;
    }

    static BundledFontResolver create(FontLibrary fonts) {
        BundledFontResolver resolver = new BundledFontResolver(fonts);
        for (int i = 0; i < fonts.faces().size(); i++) {
            if (i != FontLibrary.SYMBOLS_FACE) resolver.add(i);
        }
        return resolver;
    }

    /** Registers the symbols face, for a document that shows control pictures. */
    void addSymbols() {
        if (!symbols) {
            add(FontLibrary.SYMBOLS_FACE);
            symbols = true;
        }
    }

    private void add(int i) {
        FontLibrary.Face face = fonts.faces().get(i);
        String path = "fonts/" + face.file();
        addFont(fonts.pdfFont(i), path, face.family());
        // Flying Saucer maps the CSS generic families to these names.
        if (face.family().equals(FontLibrary.SANS)) {
            addFont(fonts.pdfFont(i), path, "Helvetica");
            addFont(fonts.pdfFont(i), path, "Courier");
        } else if (face.family().equals(FontLibrary.SERIF)) {
            addFont(fonts.pdfFont(i), path, "TimesRoman");
        }
    }

    @Override
    public FSFont resolveFont(SharedContext context, FontSpecification spec) {
        Asked asked = new Asked(spec);
        FSFont font = found.get(asked);
        if (font != null) return font;
        font = super.resolveFont(context, spec);
        if (font != null) {
            found.put(asked, font);
            return font;
        }
        if (spec.families != null) missing.addAll(List.of(spec.families));
        FontSpecification fallback = new FontSpecification();
        fallback.size = spec.size;
        fallback.fontWeight = spec.fontWeight;
        fallback.fontStyle = spec.fontStyle;
        fallback.variant = spec.variant;
        fallback.families = new String[]{FontLibrary.SERIF};
        return super.resolveFont(context, fallback);
    }

    /** The families asked for and not found since the last call. */
    List<String> takeMissingFamilies() {
        List<String> families = List.copyOf(missing);
        missing.clear();
        return families;
    }

    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }
}
