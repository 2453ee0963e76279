package io.dossier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** What a reader of the PDF sees: the text of each page, extracted with PDFBox. */
public record PdfText(List<String> pages) {

    public static PdfText of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return new PdfText(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String page(int oneBased) {
        return pages.get(oneBased - 1);
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** Whitespace-normalized text, so assertions don't depend on line breaks. */
    public String flat() {
        return all().replaceAll("\\s+", " ");
    }

    /** 1-based number of the first page whose text contains {@code s} (ignoring case), or -1. */
    public int pageOf(String s) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).replaceAll("\\s+", " ").toLowerCase().contains(s.toLowerCase())) return i + 1;
        }
        return -1;
    }
}
