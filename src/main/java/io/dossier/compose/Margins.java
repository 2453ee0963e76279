package io.dossier.compose;

import java.util.ArrayList;
import java.util.List;

/** Page margins as CSS gives them: top, right, bottom, left, in millimetres. */
public record Margins(double top, double right, double bottom, double left) {

    /** A margin wider than this is a typing mistake, not a layout. */
    static final double MAX_MM = 100;

    /**
     * Parses {@code --margins}: one to four lengths in CSS order ({@code 15mm}; {@code 20mm 15mm};
     * {@code 20mm 15mm 25mm}; {@code 20mm 15mm 25mm 15mm}); throws {@link IllegalArgumentException}.
     */
    public static Margins parse(String text) {
        List<Double> mm = new ArrayList<>();
        for (String part : text.strip().split("[\\s,]+")) {
            Length l = Length.parse(part);
            if (l == null || mm.size() == 4) {
                throw new IllegalArgumentException("'" + text + "' is not a margin (one to four lengths in mm, cm, in or pt,"
                        + " as in CSS: 15mm, or 20mm 15mm for top and bottom, left and right)");
            }
            if (l.mm() > MAX_MM) throw new IllegalArgumentException("'" + text + "': a margin of more than " + (int) MAX_MM + " mm");
            mm.add(l.mm());
        }
        return switch (mm.size()) {
            case 1 -> new Margins(mm.get(0), mm.get(0), mm.get(0), mm.get(0));
            case 2 -> new Margins(mm.get(0), mm.get(1), mm.get(0), mm.get(1));
            case 3 -> new Margins(mm.get(0), mm.get(1), mm.get(2), mm.get(1));
            default -> new Margins(mm.get(0), mm.get(1), mm.get(2), mm.get(3));
        };
    }

    String css() {
        return Length.format(top) + "mm " + Length.format(right) + "mm " + Length.format(bottom) + "mm " + Length.format(left) + "mm";
    }
}
