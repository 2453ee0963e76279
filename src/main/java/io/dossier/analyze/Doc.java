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
            if (!out.isEmpty() && (Character.isLowerCase(first) || Character.isDigit(first))) {
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
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
