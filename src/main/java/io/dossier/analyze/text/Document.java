package io.dossier.analyze.text;

import io.dossier.model.Article;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * The article prepared once for every extractor: tokens, quotation spans, sentences and part-of-speech tags.
 *
 * <p>A paragraph is a line. A sentence ends at . ! ? outside quotation marks, at a paragraph break, or after a
 * closed quote ending in . ! ? that is followed by a capitalised word — so a quote and its cue stay in one
 * sentence. A sentence never grows past {@link #MAX_SENTENCE_TOKENS}: text without full stops is cut at a comma
 * (or wherever it must), which keeps tagging and every per-sentence rule linear in the length of the text.
 */
public final class Document {

    /** Longer runs are cut: news sentences stay far below this, and per-sentence work stays bounded. */
    static final int MAX_SENTENCE_TOKENS = 160;
    /** Words that never go on with a name ("But", "The", "He"): see {@link #endsSentence}. */
    private static final Set<String> FUNCTION_WORDS = Lexicon.words("function-words");

    private final String text;
    private final List<Token> tokens;
    private final List<QuoteSpan> quotes;
    private final int[] inQuote;
    private final List<Sentence> sentences;
    private final int[] sentenceOf;

    private Document(String text) {
        this.text = text;
        List<Token> raw = Tokenizer.tokenize(text);
        this.quotes = QuoteSpanFinder.find(text);
        int n = raw.size();
        inQuote = new int[n];
        int q = 0;
        for (int i = 0; i < n; i++) {
            Token t = raw.get(i);
            while (q < quotes.size() && quoteLimit(quotes.get(q)) <= t.start()) q++;
            inQuote[i] = q < quotes.size() && t.start() > quotes.get(q).open() && t.start() < quoteLimit(quotes.get(q)) ? q : -1;
        }
        BitSet closeMarks = new BitSet();
        for (QuoteSpan qs : quotes) if (qs.closed()) closeMarks.set(qs.close());
        List<int[]> bounds = sentenceBounds(raw, inQuote, closeMarks);
        Token[] tagged = new Token[n];
        sentenceOf = new int[n];
        List<Sentence> out = new ArrayList<>(bounds.size());
        int ordinal = -1;
        int lastParagraph = -1;
        String[][] sentenceTags = tags(raw, bounds);
        for (int si = 0; si < bounds.size(); si++) {
            int from = bounds.get(si)[0], to = bounds.get(si)[1];
            String[] tags = sentenceTags[si];
            for (int i = from; i < to; i++) {
                tagged[i] = raw.get(i).withTag(tags[i - from]);
                sentenceOf[i] = out.size();
            }
            int paragraph = raw.get(from).paragraph();
            if (paragraph != lastParagraph) {
                ordinal++;
                lastParagraph = paragraph;
            }
            int start = raw.get(from).start();
            int end = raw.get(to - 1).end();
            out.add(new Sentence(out.size(), ordinal, start, end, text.substring(start, end), from,
                    java.util.Arrays.asList(tagged).subList(from, to)));
        }
        this.tokens = java.util.Arrays.asList(tagged);
        this.sentences = List.copyOf(out);
    }

    /** Texts with more tokens than this are tagged on every processor (a sentence's tags depend on it alone). */
    static final int PARALLEL_TAGGING_TOKENS = 50_000;

    /**
     * Each sentence's part-of-speech tags. Tagging is most of a long text's analysis, so a long text (a 3 MB
     * paragraph: 485,000 words) is tagged on all processors; an article of news length stays on its own thread.
     */
    private static String[][] tags(List<Token> raw, List<int[]> bounds) {
        String[][] out = new String[bounds.size()][];
        java.util.function.IntConsumer tagOne = si -> {
            int from = bounds.get(si)[0], to = bounds.get(si)[1];
            String[] words = new String[to - from];
            for (int i = from; i < to; i++) words[i - from] = raw.get(i).text();
            out[si] = Language.tags(words);
        };
        java.util.stream.IntStream all = java.util.stream.IntStream.range(0, bounds.size());
        (raw.size() > PARALLEL_TAGGING_TOKENS ? all.parallel() : all).forEach(tagOne);
        return out;
    }

    public static Document of(Article article) {
        return of(article.text());
    }

    public static Document of(String text) {
        return new Document(text);
    }

    /** Token ranges [from, to) of the sentences, in order. */
    private static List<int[]> sentenceBounds(List<Token> t, int[] inQuote, BitSet closeMarks) {
        List<int[]> out = new ArrayList<>();
        int n = t.size();
        int from = 0;
        for (int i = 0; i < n; i++) {
            boolean end = i + 1 == n || t.get(i + 1).paragraph() != t.get(i).paragraph() || endsSentence(t, i, inQuote, closeMarks);
            if (!end && i + 1 - from >= MAX_SENTENCE_TOKENS) {
                int cut = i;
                // the last comma, semicolon, colon or dash in the last third, else here
                for (int k = i; k > from + MAX_SENTENCE_TOKENS * 2 / 3; k--) {
                    String w = t.get(k).text();
                    if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("\u2013")) {
                        cut = k;
                        break;
                    }
                }
                out.add(new int[] {from, cut + 1});
                from = cut + 1;
                continue;
            }
            if (end) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        return out;
    }

    /** Does a sentence end after token i (a token follows in the same paragraph)? */
    private static boolean endsSentence(List<Token> toks, int i, int[] inQuote, BitSet closeMarks) {
        Token t = toks.get(i);
        Token next = toks.get(i + 1);
        // "the Xbox One X. And you have …", "in the U.S. The plan …": the dot of an abbreviation or an initial ends the
        // sentence when the next word is one that no name goes on with ("Lisa O. Monaco" stays one name)
        if (t.text().length() > 1 && t.text().endsWith(".") && inQuote[i] < 0 && next.isCapitalized()
                && !next.text().endsWith(".") && FUNCTION_WORDS.contains(next.lower())) {
            return !closeMarks.get(next.start());
        }
        if (t.isSentenceEnd() && inQuote[i] < 0) {
            // "Sen. Rand Paul (R-Ky.) said", "Calif., and": an abbreviation, not a sentence end
            if (t.text().equals(".") && (next.is(")") || next.is(",") || next.isWord() && !next.isCapitalized())) return false;
            return !closeMarks.get(next.start());
        }
        if (closeMarks.get(t.start()) && i > 0 && toks.get(i - 1).isSentenceEnd()) {
            return next.isCapitalized() && !closeMarks.get(next.start());
        }
        return false;
    }

    private static int quoteLimit(QuoteSpan q) {
        return q.closed() ? q.close() : q.end();
    }

    public String text() {
        return text;
    }

    /** Every token of the article, in order, tagged. */
    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** The quotation spans, in order of their opening marks. */
    public List<QuoteSpan> quotes() {
        return quotes;
    }

    /** Index into {@link #quotes()} of the quote token {@code i} lies in (inside the marks), or -1. */
    public int quoteOf(int i) {
        return inQuote[i];
    }

    /** Index of the token that covers {@code offset}, else of the last token starting before it. */
    public int tokenAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return Math.max(0, lo - 1);
    }

    private BitSet furniture;

    /** Does token {@code i} lie in a byline, a photo credit or a tag list (see {@link Furniture})? */
    public boolean furniture(int i) {
        if (furniture == null) furniture = Furniture.mark(tokens);
        return furniture.get(i);
    }

    /** Index of the sentence token {@code i} belongs to. */
    public int sentenceOf(int i) {
        return sentenceOf[i];
    }
}
