package io.dossier.analyze.quote;

import java.util.List;

/**
 * The article prepared for attribution: tokens, quotation spans, which quote each token lies in, and
 * sentence numbers (a sentence ends at . ! ? outside quotation marks, at a paragraph break, or after a
 * closed quote ending in . ! ? that is followed by a capitalised word).
 */
final class Doc {
    final String text;
    final List<Tok> toks;
    final List<QuoteSpan> quotes;
    /** Index into {@link #quotes} of the quote a token lies in (inside the marks), or -1. */
    final int[] inQuote;
    /** Sentence number of each token. */
    final int[] sentence;
    /** First token index of each sentence. */
    final int[] sentenceStart;
    /** Number of each paragraph among the paragraphs that hold text. */
    final int[] paragraphOrdinal;
    private final java.util.BitSet closeMarks = new java.util.BitSet();

    Doc(String text) {
        this.text = text;
        this.toks = Tokenizer.tokenize(text);
        this.quotes = QuoteSpanFinder.find(text);
        int n = toks.size();
        inQuote = new int[n];
        sentence = new int[n];
        for (QuoteSpan qs : quotes) if (qs.closed()) closeMarks.set(qs.close());
        int q = 0;
        for (int i = 0; i < n; i++) {
            Tok t = toks.get(i);
            while (q < quotes.size() && quoteLimit(quotes.get(q)) <= t.start()) q++;
            inQuote[i] = q < quotes.size() && t.start() > quotes.get(q).open() && t.start() < quoteLimit(quotes.get(q)) ? q : -1;
        }
        int s = 0;
        int[] starts = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || toks.get(i).paragraph() != toks.get(i - 1).paragraph() || endsSentence(i - 1)) {
                if (i > 0) s++;
                starts[count++] = i;
            }
            sentence[i] = s;
        }
        sentenceStart = java.util.Arrays.copyOf(starts, count);
        int maxPara = n == 0 ? 0 : toks.get(n - 1).paragraph();
        paragraphOrdinal = new int[maxPara + 2];
        int ord = -1;
        int prevPara = -1;
        for (int i = 0; i < n; i++) {
            int p = toks.get(i).paragraph();
            if (p != prevPara) {
                for (int k = prevPara + 1; k <= p; k++) paragraphOrdinal[k] = ord + 1;
                ord++;
                prevPara = p;
            }
        }
        for (int k = prevPara + 1; k < paragraphOrdinal.length; k++) paragraphOrdinal[k] = ord + 1;
    }

    private static int quoteLimit(QuoteSpan q) {
        return q.closed() ? q.close() : q.end();
    }

    /** Does a sentence end after token i? */
    private boolean endsSentence(int i) {
        Tok t = toks.get(i);
        if (t.isSentenceEnd() && inQuote[i] < 0) {
            if (i + 1 >= toks.size()) return true;
            Tok next = toks.get(i + 1);
            // "Sen. Rand Paul (R-Ky.) said", "Calif., and": an abbreviation, not a sentence end
            if (t.text().equals(".") && next.paragraph() == t.paragraph()
                    && (next.is(")") || next.is(",") || next.isWord() && !next.isCapitalized())) return false;
            return !isCloseMark(i + 1);
        }
        if (isCloseMark(i) && i > 0 && toks.get(i - 1).isSentenceEnd() && i + 1 < toks.size()) {
            Tok next = toks.get(i + 1);
            return next.isCapitalized() && !isCloseMark(i + 1);
        }
        return false;
    }

    /** Is token i the closing mark of a quote? */
    boolean isCloseMark(int i) {
        return closeMarks.get(toks.get(i).start());
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

    private java.util.Set<String> midSentenceCapitals;
    private final java.util.Map<Integer, String[]> sentenceTags = new java.util.HashMap<>();

    /** The universal POS tag of token {@code i} (OpenNLP; its sentence is tagged once, on demand). */
    String tag(int i) {
        int s = sentence[i];
        String[] tags = sentenceTags.computeIfAbsent(s, k -> {
            int a = sentenceStart[k];
            int b = Math.min(k + 1 < sentenceStart.length ? sentenceStart[k + 1] : toks.size(), a + 60);
            String[] words = new String[b - a];
            for (int j = a; j < b; j++) words[j - a] = toks.get(j).text();
            return io.dossier.analyze.Language.tags(words);
        });
        int k = i - sentenceStart[s];
        return k < tags.length ? tags[k] : "X";
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
        if (midSentenceCapitals == null) {
            midSentenceCapitals = new java.util.HashSet<>();
            for (int j = 0; j < toks.size(); j++) {
                if (sentenceStart[sentence[j]] != j && toks.get(j).isCapitalized()) midSentenceCapitals.add(toks.get(j).text());
            }
        }
        if (midSentenceCapitals.contains(toks.get(i).text())) return false; // "Schlafly" elsewhere: a name
        String tag = tag(i);
        return tag.equals("VERB") || tag.equals("ADV") || tag.equals("AUX") || tag.equals("SCONJ") || tag.equals("ADP");
    }
}
