package io.dossier.analyze.text;

import java.util.List;
import java.util.Set;

/** What investors hold in a company: the name after "shares of", "stock in" or "a stake in" is a company's. */
public final class Holdings {

    private static final Set<String> NOUNS = Lexicon.words("holding-nouns");

    private Holdings() {
    }

    /** Is the name starting at token {@code a} held: "shares of Xstrata", "a stake in Rosneft"? */
    public static boolean held(List<Token> t, int a) {
        return a >= 2 && (t.get(a - 1).is("of") || t.get(a - 1).is("in")) && NOUNS.contains(t.get(a - 2).lower());
    }
}
