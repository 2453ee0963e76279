package io.dossier.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import io.dossier.Bundled;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
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
    /** AWT twins, independent of the PDF faces so that charts' fonts can be made on another thread. */
    private static final Font[] AWT_FONTS = new Font[FACES.size()];

    /** The symbols face, made on first need: few documents show a control picture. */
    static final int SYMBOLS_FACE = FACES.size() - 1;

    private FontLibrary() {
        for (int i = 0; i < FACES.size(); i++) {
            if (i != SYMBOLS_FACE) pdfFonts[i] = create(FACES.get(i));
        }
    }

    private static BaseFont create(Face face) {
        try {
            BaseFont font = BaseFont.createFont(face.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, read(face.file()), null);
            font.setSecureRandom(new StableSubsetPrefix(face.file()));
            return font;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load font " + face.file(), e);
        }
    }

    public static FontLibrary get() {
        return Holder.INSTANCE;
    }

    List<Face> faces() {
        return FACES;
    }

    BaseFont pdfFont(int index) {
        synchronized (pdfFonts) {
            if (pdfFonts[index] == null) pdfFonts[index] = create(FACES.get(index));
            return pdfFonts[index];
        }
    }

    /** The PDF face of a bundled family (the nearest weight when it has no such face). */
    BaseFont pdfFont(String family, boolean bold) {
        return pdfFont(indexOf(family, bold, false));
    }

    /**
     * Makes the faces charts draw with, ahead of the first chart (they need no PDF face), and
     * starts AWT's font manager and graphics environment: OpenPDF's Graphics2D asks the name of
     * its default logical font, which makes AWT read the system's font configuration.
     */
    public static void prepareChartFonts() {
        awt(SANS_CONDENSED, false, 8f);
        awt(SANS_CONDENSED, true, 8f);
        new Font(Font.SANS_SERIF, Font.PLAIN, 12).getFontName();
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB).createGraphics().dispose();
    }

    /** The AWT twin of a face, created on first use. */
    public static Font awt(String family, boolean bold, float size) {
        int i = indexOf(family, bold, false);
        synchronized (AWT_FONTS) {
            if (AWT_FONTS[i] == null) {
                // Not registered with the GraphicsEnvironment: charts derive every font from
                // this object, and registering costs a font-configuration scan at start-up.
                Path file = Bundled.onDisk(Bundled.FONTS, FACES.get(i).file());
                try {
                    AWT_FONTS[i] = file != null ? Font.createFont(Font.TRUETYPE_FONT, file.toFile())
                            : Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(read(FACES.get(i).file())));
                } catch (IOException | FontFormatException e) {
                    throw new IllegalStateException("cannot load font " + FACES.get(i).file(), e);
                }
            }
            return AWT_FONTS[i].deriveFont(size);
        }
    }

    /**
     * Charts draw with AWT fonts; this maps them back to the embedded PDF face. Only
     * {@link Font#getName()} is asked: the family or face name of a logical font such as the
     * "sansserif" every Graphics2D starts with would make AWT scan the system's fonts.
     */
    @Override
    public BaseFont awtToPdf(Font font) {
        String name = font.getName();
        synchronized (AWT_FONTS) {
            for (int i = 0; i < AWT_FONTS.length; i++) {
                if (AWT_FONTS[i] != null && AWT_FONTS[i].getName().equals(name)) return pdfFont(i);
            }
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        String family = lower.contains("condensed") ? SANS_CONDENSED : lower.contains("serif") && !lower.contains("sans") ? SERIF : SANS;
        return pdfFont(indexOf(family, font.isBold(), font.isItalic()));
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        for (int i = 0; i < pdfFonts.length; i++) {
            if (pdfFonts[i] == font) return awt(FACES.get(i).family(), FACES.get(i).bold(), size);
        }
        return awt(SANS, false, size);
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

    private static byte[] read(String file) {
        return Bundled.read(Bundled.FONTS, "fonts", file);
    }
}
