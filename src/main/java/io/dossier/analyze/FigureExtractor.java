package io.dossier.analyze;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Token;

import io.dossier.analyze.text.Sentence;

import io.dossier.analyze.text.Document;

import io.dossier.model.Figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Key numbers: money, percentages and counts ("2.3 million residents"), each with the few words
 * that say what it counts. Dates, years, days of the month and ordinals are not figures.
 */
final class FigureExtractor {

    private static final Set<String> SCALES = Lexicon.words("number-scales");
    private static final Set<String> PERCENT = Lexicon.words("percent-words");
    private static final Set<String> CURRENCY = Lexicon.words("currency-signs");
    private static final Set<String> CURRENCY_WORDS = Lexicon.words("currency-words");
    private static final Set<String> MONTH_WORDS = Lexicon.prefixes(Lexicon.MONTHS, 3);
    private static final int MAX_FIGURES = 8;

    List<Figure> extract(Document doc) {
        List<Figure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token u = t.get(i);
                if (!Character.isDigit(u.text().charAt(0))) continue;
                if (isDateOrYear(t, i)) continue;
                int a = i;
                int b = i;
                boolean money = i > 0 && CURRENCY.contains(t.get(i - 1).text());
                if (money) a = i - 1;
                if (b + 1 < t.size() && SCALES.contains(t.get(b + 1).text().toLowerCase(Locale.ROOT))) b++;
                boolean percent = b + 1 < t.size() && PERCENT.contains(t.get(b + 1).text().toLowerCase(Locale.ROOT));
                if (percent) {
                    b++;
                    if (t.get(b).is("per") && b + 1 < t.size() && t.get(b + 1).is("cent")) b++;
                }
                if (!money && !percent && b + 1 < t.size() && CURRENCY_WORDS.contains(t.get(b + 1).text().toLowerCase(Locale.ROOT))) {
                    b++;
                    money = true;
                }
                // a bare small number ("two groups", "7 people") is rarely a key figure; a counted noun or scale makes it one
                int nounEnd = b;
                while (nounEnd + 1 < t.size() && nounEnd - b < 3 && isNounish(t.get(nounEnd + 1))) nounEnd++;
                boolean scaled = b > i && SCALES.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT));
                if (!money && !percent && !scaled && (nounEnd == b || value(u.text()) < 10)) continue;
                String value = RoleFinder.join(t, a, b);
                int ctxStart = a;
                while (ctxStart - 1 >= 0 && a - ctxStart < 3 && contextBefore(t.get(ctxStart - 1))) ctxStart--;
                if (ctxStart < a && t.get(ctxStart).possessive()) ctxStart = Math.min(a, ctxStart + 1);
                String context = RoleFinder.join(t, ctxStart, nounEnd);
                if (nounEnd == b && ctxStart == a) context = clause(t, a, b);
                if (seen.add(value.toLowerCase(Locale.ROOT) + "|" + context)) out.add(new Figure(value, context));
                i = b;
                if (out.size() >= MAX_FIGURES) return out;
            }
        }
        return out;
    }

    private static boolean isNounish(Token u) {
        return ("NOUN".equals(u.tag()) || ("ADJ".equals(u.tag()) && !u.text().equals("more"))) && Character.isLetter(u.text().charAt(0));
    }

    private static boolean contextBefore(Token u) {
        return u.possessive() || "PROPN".equals(u.tag()) || "ADJ".equals(u.tag()) || ("NOUN".equals(u.tag()) && u.isCapitalized());
    }

    /** A few words on either side when the number has no noun of its own ("rose to 45%"). */
    private static String clause(List<Token> t, int a, int b) {
        int from = Math.max(0, a - 4);
        int to = Math.min(t.size() - 1, b + 3);
        for (int k = a - 1; k >= from; k--) if (t.get(k).punctuation()) { from = k + 1; break; }
        for (int k = b + 1; k <= to; k++) if (t.get(k).punctuation()) { to = k - 1; break; }
        return RoleFinder.join(t, from, to);
    }

    private static boolean isDateOrYear(List<Token> t, int i) {
        String w = t.get(i).text();
        if (w.matches("(?:19|20)\\d{2}") && !(i > 0 && CURRENCY.contains(t.get(i - 1).text()))
                && !(i + 1 < t.size() && (SCALES.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT)) || PERCENT.contains(t.get(i + 1).text())))) return true;
        if (i > 0) {
            String prev = t.get(i - 1).text().toLowerCase(Locale.ROOT);
            if (prev.length() >= 3 && MONTH_WORDS.contains(prev.substring(0, 3)) && Character.isUpperCase(t.get(i - 1).text().charAt(0))) return true;
        }
        if (i + 1 < t.size()) {
            String next = t.get(i + 1).text();
            if (next.length() >= 3 && MONTH_WORDS.contains(next.substring(0, 3).toLowerCase(Locale.ROOT)) && Character.isUpperCase(next.charAt(0))) return true;
            if (next.equalsIgnoreCase("a.m.") || next.equalsIgnoreCase("p.m.") || next.equals(":")) return true;
        }
        return w.matches("\\d+(?:st|nd|rd|th)");
    }

    private static double value(String w) {
        try {
            return Double.parseDouble(w.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
