package io.dossier.analyze.quote;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.QuoteSpan;
import io.dossier.analyze.text.Token;
import io.dossier.analyze.text.Tokenizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribution rules' view of the shared {@link Document}: the same tokens, sentences, tags and quotation spans
 * as arrays indexed by token, except that a possessive stays on its word ("Obama's" is one token here), as the
 * rules for subjects and names read it.
 */
final class Doc {
    final String text;
    final List<Token> toks;
    final List<QuoteSpan> quotes;
    /** Index into {@link #quotes} of the quote a token lies in (inside the marks), or -1. */
    final int[] inQuote;
    /** Sentence number of each token. */
    final int[] sentence;
    /** First token index of each sentence. */
    final int[] sentenceStart;
    /** Number of each paragraph among the paragraphs that hold text. */
    final int[] paragraphOrdinal;
    private final BitSet closeMarks = new BitSet();
    /** Tokens in a byline, a photo credit or a tag list: never a speaker's name. */
    final BitSet furniture = new BitSet();

    Doc(Document document) {
        this.text = document.text();
        this.quotes = document.quotes();
        List<Token> all = document.tokens();
        List<Token> view = new ArrayList<>(all.size());
        int[] source = new int[all.size()];
        for (QuoteSpan qs : quotes) if (qs.closed()) closeMarks.set(qs.close());
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            Token prev = view.isEmpty() ? null : view.get(view.size() - 1);
            // "Obama's", and "Sanders’ campaign manager": a bare apostrophe on a plural that closes no quote
            boolean pluralPossessive = prev != null && (t.text().equals("’") || t.text().equals("'"))
                    && (prev.text().endsWith("s") || prev.text().endsWith("S")) && !closeMarks.get(t.start());
            if (prev != null && (clitic(t) || pluralPossessive) && prev.end() == t.start()) {
                view.set(view.size() - 1, new Token(prev.start(), t.end(), prev.text() + t.text(), prev.paragraph(), prev.tag()));
            } else {
                source[view.size()] = i;
                view.add(t);
            }
        }
        this.toks = view;
        int n = view.size();
        inQuote = new int[n];
        sentence = new int[n];
        int[] starts = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            inQuote[i] = document.quoteOf(source[i]);
            if (document.furniture(source[i])) furniture.set(i);
            if (i == 0 || document.sentenceOf(source[i]) != document.sentenceOf(source[i - 1])) starts[count++] = i;
            sentence[i] = count - 1;
        }
        sentenceStart = Arrays.copyOf(starts, count);
        int maxPara = n == 0 ? 0 : view.get(n - 1).paragraph();
        paragraphOrdinal = new int[maxPara + 2];
        int ord = -1;
        int prevPara = -1;
        for (int i = 0; i < n; i++) {
            int p = view.get(i).paragraph();
            if (p != prevPara) {
                for (int k = prevPara + 1; k <= p; k++) paragraphOrdinal[k] = ord + 1;
                ord++;
                prevPara = p;
            }
        }
        for (int k = prevPara + 1; k < paragraphOrdinal.length; k++) paragraphOrdinal[k] = ord + 1;
    }

    /** The "'s" the tokenizer splits off a word. */
    private static boolean clitic(Token t) {
        String s = t.text();
        return s.length() == 2 && (s.charAt(0) == '\'' || s.charAt(0) == '’') && (s.charAt(1) == 's' || s.charAt(1) == 'S');
    }

    /** Is token i the closing mark of a quote? */
    boolean isCloseMark(int i) {
        return closeMarks.get(toks.get(i).start());
    }

    /** The quotation that opens or closes at the mark at token {@code k}, or -1. */
    int quoteOfMark(int k) {
        int off = toks.get(k).start();
        int lo = 0, hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).open() <= off) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && (quotes.get(lo - 1).open() == off || quotes.get(lo - 1).close() == off) ? lo - 1 : -1;
    }

    int firstTokenAtOrAfter(int offset) {
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    String span(int fromTok, int toTokInclusive) {
        return Tokenizer.plainSpaces(text.substring(toks.get(fromTok).start(), toks.get(toTokInclusive).end()));
    }

    private Set<String> midSentenceCapitals;

    /** The universal POS tag of token {@code i}. */
    String tag(int i) {
        String t = toks.get(i).tag();
        return t == null ? "X" : t;
    }

    /**
     * Is token {@code i} a capitalised sentence opener that the tagger reads as a verb or an adverb
     * ("Speaking to reporters, …", "Domestically, …", "Understated Perez …")? Only -ing/-ly words are tagged,
     * and -ed words when a name follows ({@code alone} false): a lone "Husted" is a surname.
     */
    boolean verbOpener(int i, boolean alone) {
        if (sentenceStart[sentence[i]] != i) return false;
        String w = toks.get(i).lower();
        if (w.length() < 5 || !(w.endsWith("ing") || w.endsWith("ly") || !alone && w.endsWith("ed"))) return false;
        if (namedMidSentence(toks.get(i).text())) return false; // "Schlafly" elsewhere: a name
        String tag = tag(i);
        return tag.equals("VERB") || tag.equals("ADV") || tag.equals("AUX") || tag.equals("SCONJ") || tag.equals("ADP");
    }

    /** Does the article write {@code word} with its capital inside a sentence ("Reince Priebus … Priebus said")? */
    boolean namedMidSentence(String word) {
        if (midSentenceCapitals == null) {
            midSentenceCapitals = new HashSet<>();
            for (int j = 0; j < toks.size(); j++) {
                if (sentenceStart[sentence[j]] != j && toks.get(j).isCapitalized()) midSentenceCapitals.add(toks.get(j).text());
            }
        }
        return midSentenceCapitals.contains(word);
    }
}
