package io.dossier.analyze;

import io.dossier.model.Article;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The article split once into sentences and tagged tokens, shared by every extractor so the
 * (comparatively slow) OpenNLP work happens once per analysis. Sentences never cross paragraphs:
 * subheads without a final period would otherwise glue onto the next sentence.
 */
final class Doc {

    final String text;
    final List<Sentence> sentences;
    /** Words seen in lowercase somewhere: a capitalized sentence opener that also appears lowercase is a common word. */
    final java.util.Set<String> lowercaseWords;

    private Doc(String text, List<Sentence> sentences) {
        this.text = text;
        this.sentences = sentences;
        java.util.Set<String> lower = new java.util.HashSet<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) if (Character.isLowerCase(t.text().charAt(0))) lower.add(t.text());
        }
        this.lowercaseWords = lower;
    }

    /**
     * The sentence model sometimes splits inside a sentence ("$1.5 billion" after "$1."); a piece
     * that starts in lowercase or a digit continues the previous sentence.
     */
    private static List<Span> repair(String p, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            char first = p.charAt(s.getStart());
            if (!out.isEmpty() && (Character.isLowerCase(first) || Character.isDigit(first)
                    || endsWithAbbreviation(p, out.get(out.size() - 1).getEnd()))) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static final java.util.Set<String> NAME_ABBREVIATIONS = java.util.Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.",
            "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "rev.", "st.", "del.", "atty.", "gens.", "sens.", "reps.");

    /**
     * "Judge Emmet G." / "Sen." before the break: the model split after a middle initial or a title, not at a
     * sentence end. A lone capital letter counts only when a capitalized word precedes it ("Emmet G.", not "World War II.").
     */
    static boolean endsWithAbbreviation(String p, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(p.charAt(e - 1))) e--;
        if (e < 2 || p.charAt(e - 1) != '.') return false;
        int b = e - 1;
        while (b > 0 && !Character.isWhitespace(p.charAt(b - 1))) b--;
        String word = p.substring(b, e);
        if (NAME_ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) return true;
        if (word.length() != 2 || !Character.isUpperCase(word.charAt(0)) || b < 2) return false;
        int pe = b - 1;
        while (pe > 0 && Character.isWhitespace(p.charAt(pe - 1))) pe--;
        int pb = pe;
        while (pb > 0 && !Character.isWhitespace(p.charAt(pb - 1))) pb--;
        return pe > pb && Character.isUpperCase(p.charAt(pb)) && Character.isLetter(p.charAt(pe - 1));
    }

    static Doc of(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int offset = 0;
        int para = 0;
        for (String p : article.paragraphs()) {
            for (Span s : repair(p, Language.sentences(p))) {
                int start = offset + s.getStart();
                int end = offset + s.getEnd();
                List<Token> tokens = WordTokenizer.tokenize(text, start, end);
                String[] words = new String[tokens.size()];
                for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text();
                String[] tags = words.length == 0 ? new String[0] : Language.tags(words);
                List<Token> tagged = new ArrayList<>(tokens.size());
                for (int i = 0; i < words.length; i++) {
                    Token t = tokens.get(i);
                    tagged.add(new Token(t.start(), t.end(), t.text(), tags[i]));
                }
                out.add(new Sentence(out.size(), para, start, end, text.substring(start, end), List.copyOf(tagged)));
            }
            offset += p.length() + Article.PARAGRAPH_SEPARATOR.length();
            para++;
        }
        return new Doc(text, List.copyOf(out));
    }
}
