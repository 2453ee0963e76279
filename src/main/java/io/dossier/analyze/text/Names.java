package io.dossier.analyze.text;

import java.util.Locale;
import java.util.Set;

/** How names compare: the one surname key that actors, speakers and quotes are matched by. */
public final class Names {

    /** Arabic-style prefixes written with a hyphen: "Al-Nono" is "Nono", "bin-Salman" is "Salman". */
    private static final Set<String> PREFIXES = Lexicon.words("name-prefixes");

    /** What may follow a surname: "Jr.", "Sr." (the lexicon's name suffixes), "II", "III", "IV". */
    private static final Set<String> GENERATIONS = Lexicon.union(Lexicon.NAME_SUFFIXES, Set.of("ii", "iii", "iv"));

    private Names() {
    }

    /**
     * The matching key of a name: its last word, lower case, without a possessive or an "Al-"-style prefix, and
     * before a "Jr." — "Taher Al-Nono", "Al-Nono", "Nono" and "Nono's" share the key "nono".
     */
    public static String surnameKey(String name) {
        String s = withoutGeneration(name);
        int sp = s.lastIndexOf(' ');
        String last = stripPossessive(sp >= 0 ? s.substring(sp + 1) : s);
        int h = last.indexOf('-');
        if (h > 0 && h < last.length() - 1 && PREFIXES.contains(last.substring(0, h).toLowerCase(Locale.ROOT))) {
            last = last.substring(h + 1);
        }
        return last.toLowerCase(Locale.ROOT);
    }

    /** "Harold B. Jennings Jr." → "Harold B. Jennings", "John Smith, III" → "John Smith": a generational suffix is not the surname. */
    public static String withoutGeneration(String name) {
        String s = name.trim();
        int sp = s.lastIndexOf(' ');
        // the surname key is taken for every mention: only a short last word ("Jr.", "III") is worth a closer look
        if (sp <= 0 || s.length() - sp > 5 || !GENERATIONS.contains(s.substring(sp + 1).replace(".", "").toLowerCase(Locale.ROOT))) return s;
        s = s.substring(0, sp).trim();
        return s.endsWith(",") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * A surname written with a lower-case Arabic-style prefix and a hyphen, as Reuters and the BBC write them:
     * "al-Khatib", "el-Sisi", "bin-Salman". Capitalised, it is a name word anyway; lower-case, it is still one.
     */
    public static boolean prefixedSurname(String w) {
        int h = w.indexOf('-');
        return h > 0 && h < w.length() - 1 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(h + 1))
                && PREFIXES.contains(w.substring(0, h));
    }

    /** "Obama's", "Washington’s": a word that ends in a possessive "'s". */
    public static boolean endsInPossessive(String w) {
        return w.endsWith("’s") || w.endsWith("'s");
    }

    /** "The Washington Post" → "Washington Post": a name as written without its opening "the", in any case. */
    public static String withoutThe(String name) {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
    }

    /** "Obama's" → "Obama", "Palestinians'" → "Palestinians". */
    public static String stripPossessive(String w) {
        if (endsInPossessive(w)) return w.substring(0, w.length() - 2);
        if (w.endsWith("’") || w.endsWith("'")) return w.substring(0, w.length() - 1);
        return w;
    }

    /**
     * A name as a reader should see it: UTF-8 that was read as Latin-1 ("JuliÃ¡n") decoded again ("Julián"),
     * when the whole name decodes cleanly; any other name unchanged.
     */
    public static String readable(String name) {
        boolean suspicious = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c > 0xFF) return name;
            if (c == 'Ã' || c == 'Â') suspicious = true;
        }
        if (!suspicious) return name;
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            return utf8.decode(java.nio.ByteBuffer.wrap(name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return name;
        }
    }
}
