package io.dossier.render;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * OpenPDF names each embedded font subset with six random capitals ({@code KCNRXM+DejaVuSans}),
 * so two runs on the same article made PDFs that differ; the name only has to tell subsets of one
 * font apart within one file, and a dossier has one subset per font. This "random" source gives a
 * font the same six letters every time, taken from its name, so that with a fixed
 * {@code SOURCE_DATE_EPOCH} the PDF (and an email carrying it) is the same bytes on every run.
 * OpenPDF asks it for exactly six {@link #nextDouble()}s per subset name and for nothing else. The
 * font is shared by documents written at the same time on other threads (a batch, the parts of a
 * book), so each thread counts its own six: two names asked for at once would otherwise take each
 * other's letters, and the bytes would depend on the timing.
 */
final class StableSubsetPrefix extends SecureRandom {

    private final int[] letters = new int[6];
    private final ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

    StableSubsetPrefix(String fontName) {
        super(null, null);
        long h = 1125899906842597L;
        for (byte b : fontName.getBytes(StandardCharsets.UTF_8)) h = 31 * h + b;
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (int) Math.floorMod(h, 26L);
            h = h / 26 + 0x9E3779B97F4A7C15L * (i + 1);
        }
    }

    @Override
    public double nextDouble() {
        int[] n = next.get();
        int i = n[0];
        n[0] = (i + 1) % letters.length;
        return (letters[i] + 0.5) / 26.0;
    }
}
