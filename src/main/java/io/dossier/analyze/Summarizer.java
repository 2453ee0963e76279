package io.dossier.analyze;

import io.dossier.analyze.text.Token;

import io.dossier.analyze.text.Sentence;

import io.dossier.analyze.text.Document;

import io.dossier.model.Actor;
import io.dossier.model.Figure;
import io.dossier.model.Quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Extractive summary and key points. The lead sentence always opens the summary (news writes the
 * bottom line first); the rest are chosen by position, the salience of the actors they name, and
 * whether they carry a figure or a quote, then put back in article order. Key points are the next
 * best sentences, shortened: attribution tails ("…, a Hamas official told Reuters") are cut.
 */
final class Summarizer {

    record Result(List<String> summary, List<String> keyPoints) {
    }

    private static final Pattern ATTRIBUTION_TAIL = Pattern.compile(
            ",\\s*(?:(?:a|an|the)\\s+)?[^,]{0,60}?\\s(?:said|says|told\\s[^,]{1,40}|added|according to[^,]{0,60})\\s*\\.?$");
    /** ", which began ... on Oct. 7, 2023, has ruled out" → " has ruled out": a non-restrictive clause up to the main verb. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(
            ",\\s+(?:which|who)\\s.+?,\\s+(?=(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|does|did|says|said|[a-z]+ed)\\b)");
    /** A point that opens with a pronoun leans on a sentence the reader does not see. */
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:It|They|He|She|This|These|That|Those|We)\\b");
    private static final Pattern LEADING_ATTRIBUTION = Pattern.compile("^(?:[A-Z][^,]{0,60}?\\s(?:said|says)\\s(?:that\\s)?)");

    Result summarize(Document doc, List<Actor> actors, List<Quote> quotes, List<Figure> figures) {
        List<Sentence> sentences = doc.sentences();
        if (sentences.isEmpty()) return new Result(List.of(), List.of());
        Map<String, Double> salience = new HashMap<>();
        for (Actor a : actors) {
            salience.merge(a.name(), a.salience(), Math::max);
            for (String alias : a.aliases()) salience.merge(alias, a.salience(), Math::max);
        }
        // names by their rarest run of letters and digits: a sentence checks only the names whose run it holds, so
        // that an article naming thousands of people, or of "Acme1 Holdings" … "Acme9000 Holdings", is not thousands
        // of scans of every sentence
        Map<String, Integer> runFrequency = new HashMap<>();
        for (String name : salience.keySet()) for (String run : runs(name)) runFrequency.merge(run, 1, Integer::sum);
        Map<String, List<Map.Entry<String, Double>>> byRun = new HashMap<>();
        List<Map.Entry<String, Double>> unindexed = new ArrayList<>();
        for (Map.Entry<String, Double> e : salience.entrySet()) {
            String key = rarestRun(e.getKey(), runFrequency);
            if (key == null) unindexed.add(e);
            else byRun.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        // quotes by start offset: each sentence looks up its own instead of scanning them all
        List<Quote> byStart = new ArrayList<>(quotes);
        byStart.sort(java.util.Comparator.comparingInt(Quote::start));
        int[] quoteStarts = byStart.stream().mapToInt(Quote::start).toArray();
        double[] score = new double[sentences.size()];
        for (Sentence s : sentences) {
            int words = wordCount(s);
            double sc = 1.0 / (1 + s.index() * 0.35) * 2.0;
            if (s.paragraph() < 3 && isParagraphStart(sentences, s)) sc += 0.3;
            for (String run : runs(s.text())) {
                for (Map.Entry<String, Double> e : byRun.getOrDefault(run, List.of())) if (containsWord(s.text(), e.getKey())) sc += 0.6 * e.getValue();
            }
            for (Map.Entry<String, Double> e : unindexed) if (containsWord(s.text(), e.getKey())) sc += 0.6 * e.getValue();
            for (Figure f : figures) if (s.text().contains(f.value())) sc += 0.5;
            for (int k = firstQuoteAtOrAfter(quoteStarts, s.start()); k < quoteStarts.length && quoteStarts[k] < s.end(); k++) {
                sc += byStart.get(k).speaker() != null ? 0.4 : 0.2;
            }
            if (words < 8) sc -= 1.5; // subheads and fragments
            if (words > 55) sc -= 0.8;
            if (s.text().strip().endsWith("?") || !endsLikeSentence(s.text())) sc -= 1.0;
            score[s.index()] = sc;
        }
        int total = sentences.size();
        int summarySize = total >= 12 ? 5 : total >= 7 ? 4 : Math.min(3, total);
        // The bottom line is the first real sentence: not a label ("ABSTRACT."), dateline or subhead.
        int lead = 0;
        while (lead + 1 < total && (wordCount(sentences.get(lead)) < 6 || !endsLikeSentence(sentences.get(lead).text()))) lead++;
        List<Integer> order = new ArrayList<>();
        for (int i = lead + 1; i < total; i++) order.add(i);
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Integer> chosen = new ArrayList<>();
        chosen.add(lead);
        for (int i : order) {
            if (chosen.size() >= summarySize) break;
            if (score[i] > 0 || chosen.size() < 3) chosen.add(i);
        }
        chosen.sort(Integer::compare);
        List<String> summary = new ArrayList<>();
        for (int i : chosen) summary.add(withoutDateline(doc, sentences.get(i)));

        List<String> points = new ArrayList<>();
        for (int i : order) {
            if (points.size() >= 5) break;
            if (chosen.contains(i) || score[i] <= 0) continue;
            if (PRONOUN_START.matcher(sentences.get(i).text().strip()).find()) continue;
            String p = shorten(withoutDateline(doc, sentences.get(i)));
            if (p.split("\\s+").length >= 5 && points.stream().noneMatch(x -> similar(x, p))) points.add(p);
        }
        // short articles: fall back to shortened summary sentences so there are at least three points
        for (int i = 0; points.size() < 3 && i < chosen.size(); i++) {
            String p = shorten(withoutDateline(doc, sentences.get(chosen.get(i))));
            if (points.stream().noneMatch(x -> similar(x, p))) points.add(p);
        }
        return new Result(summary, points);
    }

    private static int firstQuoteAtOrAfter(int[] starts, int offset) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * "BEIRUT (Reuters) - Lebanon's cabinet on Tuesday approved …": the sentence as a summary shows it, without the
     * dateline that opens a wire story (the cover says where the story is from).
     */
    private static String withoutDateline(Document doc, Sentence s) {
        int k = s.firstToken();
        int end = s.firstToken() + s.tokens().size();
        while (k < end && doc.furniture(k)) k++;
        if (k == s.firstToken() || k >= end) return s.text().strip();
        return s.text().substring(s.tokens().get(k - s.firstToken()).start() - s.start()).strip();
    }

    static String shorten(String sentence) {
        String s = sentence.strip();
        String cut = ATTRIBUTION_TAIL.matcher(s).replaceFirst("");
        if (cut.length() >= 30) s = cut;
        s = RELATIVE_CLAUSE.matcher(s).replaceFirst(" ");
        s = LEADING_ATTRIBUTION.matcher(s).replaceFirst("");
        s = withoutOuterQuotes(s);
        if (s.endsWith(",")) s = s.substring(0, s.length() - 1);
        String[] words = s.split("\\s+");
        if (words.length > 30) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                b.append(i == 0 ? "" : " ").append(words[i]);
                if (i >= 15 && (words[i].endsWith(",") || words[i].endsWith(";"))) break;
            }
            s = b.toString().replaceAll("[,;:]$", "") + "\u2026";
        }
        if (!s.isEmpty()) s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        // a sentence that ends inside its closing quotation mark ("… says.”") is already ended
        String end = s.replaceAll("[\"\u201D]+$", "");
        if (!end.endsWith(".") && !end.endsWith("\u2026") && !end.endsWith("?") && !end.endsWith("!")) s = s + ".";
        return s;
    }

    /**
     * A key point that is one quotation loses its marks, as does the opening mark of a quotation that goes on into
     * the next sentence; a quotation inside the sentence keeps both ("Stride said: “Nobody believes a word.”").
     */
    private static String withoutOuterQuotes(String s) {
        int marks = 0;
        for (int i = 0; i < s.length(); i++) if (QUOTE_MARKS.indexOf(s.charAt(i)) >= 0) marks++;
        boolean opens = !s.isEmpty() && (s.charAt(0) == '"' || s.charAt(0) == '\u201C');
        boolean closes = !s.isEmpty() && (s.endsWith("\"") || s.endsWith("\u201D"));
        if (opens && closes && marks == 2) return s.substring(1, s.length() - 1).strip();
        if (opens && marks % 2 == 1) return s.substring(1).strip();
        return s;
    }

    private static final String QUOTE_MARKS = "\"\u201C\u201D";

    private static boolean similar(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static boolean isParagraphStart(List<Sentence> all, Sentence s) {
        return s.index() == 0 || all.get(s.index() - 1).paragraph() != s.paragraph();
    }

    private static boolean endsLikeSentence(String t) {
        String s = t.strip();
        if (s.isEmpty()) return false;
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')';
    }

    private static int wordCount(Sentence s) {
        int n = 0;
        for (Token t : s.tokens()) if (Character.isLetterOrDigit(t.text().charAt(0))) n++;
        return n;
    }

    /**
     * The run of letters and digits in a name that the fewest names share ("Takahashi" of "Mr Takahashi", "Acme12" of
     * "Acme12 Holdings"), or null if it has none: a text that holds the name as whole words holds each of its runs as a
     * whole run.
     */
    private static String rarestRun(String name, Map<String, Integer> frequency) {
        String best = null;
        for (String run : runs(name)) if (best == null || frequency.get(run) < frequency.get(best)) best = run;
        return best;
    }

    /** The distinct maximal runs of letters and digits of a text, in order. */
    private static java.util.Set<String> runs(String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) j++;
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    /** Does the text hold the name as whole words (no letter or digit joined to either end)? */
    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            int e = i + word.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e));
            if (before && after) return true;
            i = text.indexOf(word, i + 1);
        }
        return false;
    }
}
