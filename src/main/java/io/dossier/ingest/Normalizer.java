package io.dossier.ingest;

/**
 * Cleans characters that only get in the way of analysis: Windows line ends, non-breaking and
 * other odd spaces, zero-width characters and control characters. Quotes (curly or straight)
 * are kept exactly as written because quote extraction and the appendix rely on them.
 */
final class Normalizer {

    private Normalizer() {
    }

    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\r' -> {
                    b.append('\n');
                    if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
                }
                case '\n' -> b.append('\n');
                case '\t', '\u000B', '\f' -> b.append(' ');
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                     '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000' -> b.append(' ');
                case '\u2028', '\u2029' -> b.append('\n');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // zero-width and soft hyphen: invisible, and they split words for the tokenizer
                }
                default -> {
                    if (Character.getType(c) == Character.CONTROL) continue;
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Collapses runs of spaces inside one paragraph and trims it. */
    static String tidyParagraph(String p) {
        StringBuilder b = new StringBuilder(p.length());
        boolean space = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ' ' || c == '\n') {
                space = true;
            } else {
                if (space && b.length() > 0) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
