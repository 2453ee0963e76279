package io.dossier.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Blank lines separate paragraphs; inside a block, short
 * lines are hard-wrapped prose and are joined, while long lines are paragraphs of their own
 * (many wire texts put one paragraph per line with no blank line between).
 */
final class Paragraphs {

    private static final int WRAP_WIDTH = 100;

    private Paragraphs() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(block, out);
            } else {
                block.add(line);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) return;
        boolean hardWrapped = true;
        for (int i = 0; i < block.size() - 1; i++) {
            if (block.get(i).strip().length() > WRAP_WIDTH) {
                hardWrapped = false;
                break;
            }
        }
        if (hardWrapped && block.size() > 1 && !looksLikeSeparateLines(block)) {
            add(String.join(" ", block), out);
        } else {
            for (String l : block) add(l, out);
        }
        block.clear();
    }

    /** Short lines that each end a sentence (a list of one-line paragraphs) are kept apart. */
    private static boolean looksLikeSeparateLines(List<String> block) {
        int ended = 0;
        for (String l : block) {
            String s = l.strip();
            char last = s.charAt(s.length() - 1);
            if (last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D') ended++;
        }
        return ended == block.size() && block.size() > 2 && block.stream().anyMatch(l -> l.strip().length() > 60);
    }

    private static void add(String p, List<String> out) {
        String t = Normalizer.tidyParagraph(p);
        if (!t.isEmpty()) out.add(t);
    }
}
