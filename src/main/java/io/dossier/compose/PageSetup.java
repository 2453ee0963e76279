package io.dossier.compose;

/**
 * The page set-up asked for on the command line: paper (null: not asked), landscape, margins
 * (null: not asked). {@link #css()} is the CSS that comes after every style sheet, so the flags
 * win; what was not asked for is not written, so a template's own {@code @page} rules hold.
 */
public record PageSetup(Dossier.Paper paper, boolean landscape, Margins margins) {

    /** Nothing asked for: the templates' {@code @page} rules decide (the bundled ones: A4). */
    public static final PageSetup TEMPLATE = new PageSetup(null, false, null);

    /** Room the text keeps between the margins, at the least. */
    static final double MIN_TEXT_MM = 60;

    public PageSetup {
        Dossier.Paper sheet = sheet(paper, landscape);
        if (margins != null) {
            double across = sheet.widthMm() - margins.left() - margins.right();
            double down = sheet.heightMm() - margins.top() - margins.bottom();
            if (across < MIN_TEXT_MM || down < MIN_TEXT_MM) {
                throw new IllegalArgumentException("margins of " + margins.css() + " leave " + Length.format(Math.max(0, Math.min(across, down)))
                        + " mm for the text on a " + Length.format(sheet.widthMm()) + " x " + Length.format(sheet.heightMm())
                        + " mm page (at least " + (int) MIN_TEXT_MM + " mm)");
            }
        }
    }

    /** The paper asked for, turned as asked; A4 (the bundled templates' size) when only turned. */
    private static Dossier.Paper sheet(Dossier.Paper paper, boolean landscape) {
        Dossier.Paper p = paper != null ? paper : Dossier.Paper.A4;
        return landscape ? p.landscape() : p;
    }

    /** The sheet the flags give, or null when they give none. */
    public Dossier.Paper sheet() {
        return paper == null && !landscape ? null : sheet(paper, landscape);
    }

    /** A sheet less tall than this gets a tighter cover ({@code short}). */
    static final double SHORT_MM = 220;
    /** A sheet narrower than this gets a narrower sidebar ({@code narrow}). */
    static final double NARROW_MM = 170;

    /**
     * Classes for the body that let the style sheets fit a small sheet the flags ask for:
     * {@code landscape}, {@code short} (less than 220 mm tall), {@code narrow} (less than 170 mm
     * wide); empty when the flags ask for no sheet (the templates' own size holds).
     */
    public String classes() {
        Dossier.Paper sheet = sheet();
        if (sheet == null) return "";
        java.util.List<String> classes = new java.util.ArrayList<>();
        if (landscape) classes.add("landscape");
        if (sheet.heightMm() < SHORT_MM) classes.add("short");
        if (sheet.widthMm() < NARROW_MM) classes.add("narrow");
        return String.join(" ", classes);
    }

    /**
     * {@code @page} rules for what was asked: the size on every page; the margins on every page,
     * left and right pages (which two-sided layout mirrors) and the cover alike.
     */
    public String css() {
        StringBuilder css = new StringBuilder();
        Dossier.Paper sheet = sheet();
        if (sheet != null) css.append("@page { size: ").append(sheet.css()).append("; }\n");
        if (margins != null) {
            String m = "{ margin: " + margins.css() + "; }\n";
            css.append("@page ").append(m).append("@page :left ").append(m).append("@page :right ").append(m)
                    .append("@page cover ").append(m);
        }
        return css.toString();
    }
}
