package io.dossier.render;

import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextFontResolver;

import java.util.HashMap;
import java.util.Map;

/**
 * A font resolver that knows only the bundled fonts. Flying Saucer's default one first loads
 * the fourteen PDF base fonts (Helvetica, Times, ...), which are never embedded — a print shop
 * rejects them — and cost start-up time. CSS generic families map to bundled faces instead.
 */
final class BundledFontResolver extends ITextFontResolver {

    static BundledFontResolver create(FontLibrary fonts) {
        BundledFontResolver resolver = new BundledFontResolver();
        for (int i = 0; i < fonts.faces().size(); i++) {
            FontLibrary.Face face = fonts.faces().get(i);
            String path = "fonts/" + face.file();
            resolver.addFont(fonts.pdfFont(i), path, face.family());
            // Flying Saucer maps the CSS generic families to these names.
            if (face.family().equals(FontLibrary.SANS)) {
                resolver.addFont(fonts.pdfFont(i), path, "Helvetica");
                resolver.addFont(fonts.pdfFont(i), path, "Courier");
            } else if (face.family().equals(FontLibrary.SERIF)) {
                resolver.addFont(fonts.pdfFont(i), path, "TimesRoman");
            }
        }
        return resolver;
    }

    @Override
    protected Map<String, FontFamily> loadFonts() {
        return new HashMap<>();
    }
}
