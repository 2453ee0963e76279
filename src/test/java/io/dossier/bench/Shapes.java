package io.dossier.bench;

import io.dossier.model.Article;

import java.util.ArrayList;
import java.util.List;

/**
 * Articles of a given size and the pathological shapes analysis must stay linear on: one sentence of
 * thousands of "X said" clauses, one paragraph of thousands of dates, a megabyte without a full stop, a
 * multi-megabyte paragraph and thousands of people named once each. Shared by {@link ScaleBenchmark} and the test that these shapes analyze at all.
 */
public final class Shapes {

    private static final String[] FIRST = {"Mahmoud", "Maria", "Khalil", "John", "Taher", "Sarah", "Ahmed", "Elizabeth"};
    private static final String[] LAST = {"Abbas", "Lopez", "Al-Hayya", "Smith", "Al-Nono", "Baker", "Nasser", "Warren", "Dupont"};
    private static final String[] MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};

    private Shapes() {
    }

    /** One shape: a name and its article. */
    public record Shape(String name, Article article) {
    }

    /** The sample article's paragraphs repeated to about {@code words} words. */
    public static Article ofWords(List<String> base, int words) {
        List<String> paragraphs = new ArrayList<>();
        int n = 0;
        for (int i = 0; n < words; i++) {
            String p = base.get(i % base.size());
            paragraphs.add(p);
            n += p.split("\\s+").length;
        }
        return article("About " + words + " words", paragraphs);
    }

    /** The four shapes of issue 9, thousands of people named once each, thousands of bodies sharing their words, thousands of namesakes. */
    public static List<Shape> pathological(List<String> base) {
        return List.of(
                new Shape("one sentence, 8,000 'X said' clauses", article("Clauses", List.of(saidClauses(8_000)))),
                new Shape("one paragraph, 5,000 dates", article("Dates", List.of(dates(5_000)))),
                new Shape("1 MB without a full stop", article("No stop", List.of(noFullStop(1_000_000)))),
                new Shape("a 3 MB paragraph", article("Big paragraph", List.of(bigParagraph(base, 3_000_000)))),
                new Shape("8,000 paragraphs naming 16,000 people", article("Many names", manyNames(8_000))),
                new Shape("10,000 bodies sharing their words", article("Many bodies", manyBodies(10_000))),
                new Shape("8,000 paragraphs of 16,000 Smiths", article("Namesakes", namesakes(8_000))));
    }

    /**
     * "Xabcdef Smith visited the plant. Smith said …, and Yabcde Smith agreed": thousands of people of one surname,
     * so that whatever compares a lone surname with every namesake, or recounts one actor's growing mentions, shows.
     */
    public static List<String> namesakes(int paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        java.util.Random r = new java.util.Random(2);
        for (int i = 0; i < paragraphs; i++) {
            out.add(word(r, 7) + " Smith visited the plant on Monday. Smith said it would \"stay open for years to come\", and "
                    + word(r, 6) + " Smith agreed.");
        }
        return out;
    }

    /**
     * "Acme17 Holdings said it would …, and Acme17 Holdings added …; the district said …": thousands of organizations
     * whose names differ only in a number, so that whatever files names under a shared word ("Holdings") and scans
     * the whole file for each shows.
     */
    public static List<String> manyBodies(int paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < paragraphs; i++) {
            out.add("Acme" + i + " Holdings said it would \"keep every school open this year\", and Acme" + i
                    + " Holdings added that the market was calm. The district said it was \"not worried at all\".");
        }
        return out;
    }

    /**
     * "Xabcdef Yabcde visited the plant. Mr Xabcdef said …, and Ms Yabcde agreed": thousands of people, each named
     * once in full and once by title, so that anything that compares every name with every other shows.
     */
    public static List<String> manyNames(int paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < paragraphs; i++) {
            String a = word(r, 7), b = word(r, 6);
            out.add(a + " " + b + " visited the plant on Monday. Mr " + a + " said it would stay open, and Ms " + b
                    + " agreed with \"Quoted Title " + i + "\".");
        }
        return out;
    }

    private static String word(java.util.Random r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int k = 0; k < length; k++) b.append((char) ('a' + r.nextInt(26)));
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    /** "Mahmoud Abbas said, and Maria Lopez said, and …" — one sentence. */
    public static String saidClauses(int clauses) {
        StringBuilder b = new StringBuilder("Officials spoke at length: ");
        for (int i = 0; i < clauses; i++) {
            if (i > 0) b.append(i % 3 == 0 ? ", and " : ", ");
            b.append(FIRST[i % FIRST.length]).append(' ').append(LAST[i % LAST.length]).append(" said");
        }
        return b.append('.').toString();
    }

    /** "Talks were held on Oct. 7, 2023, on March 12, in July, …" — one sentence of dates in one paragraph. */
    public static String dates(int count) {
        StringBuilder b = new StringBuilder("Talks were held");
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? " on " : i % 4 == 0 ? ", and in " : ", on ");
            String month = MONTHS[i % MONTHS.length];
            if (i % 4 == 0) b.append(month).append(' ').append(1990 + i % 35);
            else b.append(month).append(' ').append(1 + i % 28).append(i % 2 == 0 ? ", " + (1990 + i % 35) : "");
        }
        return b.append('.').toString();
    }

    /** Words, names, commas and quotation marks, but never a full stop, for about {@code chars} characters. */
    public static String noFullStop(int chars) {
        String[] words = {"the", "talks", "in", "Cairo", "went", "on", "without", "a", "break", "while", "officials",
                "from", "Hamas", "and", "Fatah", "waited", "for", "news", "of", "the", "Palestinian", "Authority"};
        StringBuilder b = new StringBuilder(chars + 64);
        int i = 0;
        while (b.length() < chars) {
            if (b.length() > 0) b.append(i % 17 == 0 ? ", " : " ");
            if (i % 101 == 0) b.append('"');
            b.append(words[i % words.length]);
            if (i % 101 == 5) b.append('"');
            i++;
        }
        return b.toString();
    }

    /** The sample's paragraphs run together into one paragraph of about {@code chars} characters. */
    public static String bigParagraph(List<String> base, int chars) {
        StringBuilder b = new StringBuilder(chars + 4096);
        for (int i = 0; b.length() < chars; i++) {
            if (b.length() > 0) b.append(' ');
            b.append(base.get(i % base.size()));
        }
        return b.toString();
    }

    private static Article article(String title, List<String> paragraphs) {
        return new Article(title, null, "2024-11-27", null, null, paragraphs);
    }
}
