package io.dossier.compose;

/**
 * Makes any string safe to place in XML 1.0 without changing what a reader sees of it.
 * C0 control characters become their visible Unicode "control pictures" (so a stray
 * U+0007 shows as ␇ instead of breaking the document); characters XML forbids outright
 * (lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
public final class TextSanitizer {

    private TextSanitizer() {
    }

    public static String clean(String s) {
        if (s == null) return null;
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c < 0x20 && c != '\n' && c != '\t') {
                replacement = c == '\r' ? "" : String.valueOf((char) (0x2400 + c));
            } else if (c == 0x7F) {
                replacement = "\u2421";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                replacement = "\uFFFD";
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) out.append(replacement != null ? replacement : String.valueOf(c));
        }
        return out == null ? s : out.toString();
    }
}
