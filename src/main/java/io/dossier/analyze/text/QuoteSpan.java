package io.dossier.analyze.text;

/**
 * Text between quotation marks within one paragraph. {@code open}/{@code close} are the offsets of the
 * marks ({@code close} = -1 when the paragraph ends before the quote is closed); {@code start}/{@code end}
 * the trimmed content. {@code continues} is true when the quote reopens a quote left open by the previous paragraph.
 */
public record QuoteSpan(int open, int start, int end, int close, int paragraph, boolean continues) {

    public boolean closed() {
        return close >= 0;
    }

    /** Offset just after the closing mark, or the content end for an unclosed quote. */
    public int after() {
        return close >= 0 ? close + 1 : end;
    }
}
