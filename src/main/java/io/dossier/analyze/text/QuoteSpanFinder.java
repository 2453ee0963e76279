package io.dossier.analyze.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph: straight and curly double quotes, guillemets and low-9 quotes,
 * and curly single quotes used as primary quotes (outside any double-quoted text). A quote left open at the
 * end of a paragraph ends there; when the next paragraph opens with a quotation mark it continues that quote.
 * Mis-typed marks (an opening mark used to close, and vice versa) are recognised from the surrounding characters.
 * Linear time, no regular expressions.
 */
final class QuoteSpanFinder {

    private QuoteSpanFinder() {
    }

    public static List<QuoteSpan> find(String text) {
        List<QuoteSpan> out = new ArrayList<>();
        int n = text.length();
        int p = 0;
        int paragraph = 0;
        boolean prevOpenAtEnd = false;
        while (p <= n) {
            int e = text.indexOf('\n', p);
            if (e < 0) e = n;
            if (hasNonSpace(text, p, e)) {
                prevOpenAtEnd = paragraph(text, p, e, paragraph, prevOpenAtEnd, out);
            }
            paragraph++;
            p = e + 1;
        }
        return out;
    }

    private static boolean hasNonSpace(String t, int s, int e) {
        for (int i = s; i < e; i++) if (!Tokenizer.space(t.charAt(i))) return true;
        return false;
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
    }

    /** Scans one paragraph [s, e); returns whether a quote is still open at its end. */
    private static boolean paragraph(String t, int s, int e, int para, boolean prevOpen, List<QuoteSpan> out) {
        int firstSeg = out.size();
        int open = -1;
        boolean first = true;
        boolean continues = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (!isDouble(c)) {
                if (!Tokenizer.space(c)) first = false;
                continue;
            }
            boolean openCtx = openContext(t, i, s, e);
            boolean closeCtx = closeContext(t, i, s, e);
            if (open < 0) {
                boolean opens = switch (c) {
                    case '“', '«', '„' -> true;
                    case '"' -> openCtx || !closeCtx;
                    case '”' -> openCtx && !closeCtx;
                    default -> false; // stray »
                };
                if (opens) {
                    open = i;
                    continues = first && prevOpen;
                }
            } else {
                boolean closes = switch (c) {
                    case '”', '»', '"' -> true;
                    case '“', '„' -> closeCtx && !openCtx;
                    default -> false;
                };
                if (closes) {
                    add(t, open, i, i, para, continues, out);
                    open = -1;
                } else {
                    // a new opening mark while a quote is open: the first one was never closed
                    add(t, open, i, -1, para, continues, out);
                    open = i;
                    continues = false;
                }
            }
            first = false;
        }
        boolean openAtEnd = open >= 0;
        if (openAtEnd) add(t, open, e, -1, para, continues, out);
        singles(t, s, e, para, out, firstSeg);
        return openAtEnd;
    }

    private static void add(String t, int open, int limit, int close, int para, boolean cont, List<QuoteSpan> out) {
        int a = open + 1;
        int b = limit;
        while (a < b && Tokenizer.space(t.charAt(a))) a++;
        while (b > a && Tokenizer.space(t.charAt(b - 1))) b--;
        if (b > a) out.add(new QuoteSpan(open, a, b, close, para, cont));
    }

    private static boolean openContext(String t, int i, int s, int e) {
        boolean before = i == s || Tokenizer.space(t.charAt(i - 1)) || "([{—–-/:;,".indexOf(t.charAt(i - 1)) >= 0;
        boolean after = i + 1 < e && !Tokenizer.space(t.charAt(i + 1));
        return before && after;
    }

    private static boolean closeContext(String t, int i, int s, int e) {
        boolean before = i > s && !Tokenizer.space(t.charAt(i - 1));
        boolean after = i + 1 >= e || Tokenizer.space(t.charAt(i + 1)) || ".,;:!?)]—–-…'’\"”".indexOf(t.charAt(i + 1)) >= 0;
        return before && after;
    }

    /** Curly single quotes ‘…’ outside double-quoted text (the paragraph's segments from index {@code from}). */
    private static void singles(String t, int s, int e, int para, List<QuoteSpan> out, int from) {
        int to = out.size();
        for (int i = s; i < e; i++) {
            if (t.charAt(i) != '‘' || insideAny(out, from, to, i) || !openContext(t, i, s, e)) continue;
            for (int j = i + 2; j < e; j++) {
                if (t.charAt(j) == '‘' || insideAny(out, from, to, j)) break;
                if (t.charAt(j) == '’' && closeContext(t, j, s, e)
                        && !(j + 1 < e && Character.isLetter(t.charAt(j + 1)))) {
                    add(t, i, j, j, para, false, out);
                    i = j;
                    break;
                }
            }
        }
        if (out.size() > to) out.subList(from, out.size()).sort((a, b) -> Integer.compare(a.open(), b.open()));
    }

    private static boolean insideAny(List<QuoteSpan> segs, int from, int to, int pos) {
        for (int k = from; k < to; k++) {
            QuoteSpan q = segs.get(k);
            int end = q.closed() ? q.close() : q.end();
            if (pos >= q.open() && pos <= end) return true;
        }
        return false;
    }
}
