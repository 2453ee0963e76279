package io.dossier.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled open-licence fonts (DejaVu, from {@code fonts/}), loaded once per process.
 *
 * <p>Each face is created once from its bytes in memory through the cached form of
 * {@link BaseFont#createFont}: OpenPDF otherwise re-reads an uncached TrueType file one byte
 * per system call while subsetting. Faces are Identity-H, so every glyph used is embedded
 * and subset. Charts get AWT twins of the same faces, so that JFreeChart measures text with
 * the metrics of the font the PDF will embed.
 */
public final class FontLibrary implements FontMapper {

    /** A face: CSS family name, weight/style, resource file. */
    public record Face(String family, boolean bold, boolean italic, String file) {
    }

    public static final String SANS = "DejaVu Sans";
    public static final String SANS_CONDENSED = "DejaVu Sans Condensed";
    public static final String SERIF = "DejaVu Serif";
    /** Only for the control pictures (U+2400..) that show stray control characters. */
    public static final String SYMBOLS = "Noto Sans Symbols 2";

    static final List<Face> FACES = List.of(
            new Face(SANS, false, false, "DejaVuSans.ttf"),
            new Face(SANS, true, false, "DejaVuSans-Bold.ttf"),
            new Face(SANS_CONDENSED, false, false, "DejaVuSansCondensed.ttf"),
            new Face(SANS_CONDENSED, true, false, "DejaVuSansCondensed-Bold.ttf"),
            new Face(SERIF, false, false, "DejaVuSerif.ttf"),
            new Face(SERIF, true, false, "DejaVuSerif-Bold.ttf"),
            new Face(SERIF, false, true, "DejaVuSerif-Italic.ttf"),
            new Face(SYMBOLS, false, false, "NotoSansSymbols2-Regular.ttf"));

    private static final class Holder {
        static final FontLibrary INSTANCE = new FontLibrary();
    }

    private final BaseFont[] pdfFonts = new BaseFont[FACES.size()];
    private final Font[] awtFonts = new Font[FACES.size()];

    private FontLibrary() {
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            byte[] bytes = read("fonts/" + face.file());
            try {
                pdfFonts[i] = BaseFont.createFont(face.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.CACHED, bytes, null);
            } catch (Exception e) {
                throw new IllegalStateException("cannot load font " + face.file(), e);
            }
            awtFonts[i] = null; // created lazily: only charts need AWT fonts
        }
    }

    public static FontLibrary get() {
        return Holder.INSTANCE;
    }

    List<Face> faces() {
        return FACES;
    }

    BaseFont pdfFont(int index) {
        return pdfFonts[index];
    }

    /** The AWT twin of a face, created on first use. */
    public synchronized Font awtFont(String family, boolean bold, float size) {
        int i = indexOf(family, bold, false);
        if (awtFonts[i] == null) {
            try (InputStream in = new ByteArrayInputStream(read("fonts/" + FACES.get(i).file()))) {
                // Not registered with the GraphicsEnvironment: charts derive every font from
                // this object, and registering costs a font-configuration scan at start-up.
                awtFonts[i] = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot load font " + FACES.get(i).file(), e);
            }
        }
        return awtFonts[i].deriveFont(size);
    }

    /** Charts draw with AWT fonts; this maps them back to the embedded PDF face. */
    @Override
    public BaseFont awtToPdf(Font font) {
        for (int i = 0; i < awtFonts.length; i++) {
            if (awtFonts[i] != null && awtFonts[i].getFontName().equals(font.getFontName())) return pdfFonts[i];
        }
        String name = font.getFamily().toLowerCase(java.util.Locale.ROOT);
        String family = name.contains("condensed") ? SANS_CONDENSED : name.contains("serif") && !name.contains("sans") ? SERIF : SANS;
        return pdfFonts[indexOf(family, font.isBold(), font.isItalic())];
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        for (int i = 0; i < pdfFonts.length; i++) {
            if (pdfFonts[i] == font) return awtFont(FACES.get(i).family(), FACES.get(i).bold(), size);
        }
        return awtFont(SANS, false, size);
    }

    private static int indexOf(String family, boolean bold, boolean italic) {
        int fallback = -1;
        for (int i = 0; i < FACES.size(); i++) {
            Face f = FACES.get(i);
            if (!f.family().equals(family)) continue;
            if (f.bold() == bold && f.italic() == italic) return i;
            if (f.bold() == bold && fallback < 0) fallback = i;
        }
        return fallback >= 0 ? fallback : 0;
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font missing from the classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
