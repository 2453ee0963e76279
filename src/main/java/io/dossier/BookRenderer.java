package io.dossier;

import io.dossier.chart.ActorChart;
import io.dossier.compose.Book;
import io.dossier.compose.BookComposer;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.model.Analysis;
import io.dossier.render.PdfTypesetter;
import io.dossier.render.TemplateEngine;
import org.jfree.chart.ui.Drawable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Several analyses → one briefing-book PDF: compose ({@link BookComposer}) → charts (one
 * actor chart per article and one over all of them) → fill {@code templates/book.ftlh} →
 * typeset → finish. Thread-safe.
 */
public final class BookRenderer {

    public static final String MAIN_TEMPLATE = "book.ftlh";

    private final TemplateEngine templates;
    private final BookComposer composer = new BookComposer();
    private final PdfTypesetter typesetter = new PdfTypesetter();
    private final PdfFinisher finisher = new PdfFinisher();

    public BookRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The finished PDF and the book it shows. */
    public record Rendered(byte[] pdf, Book book) {
    }

    public Rendered render(List<Analysis> analyses, ComposeOptions options, String title) {
        return render(analyses, options, title, PdfFinisher.Archive.NONE);
    }

    /** As {@link #render(List, ComposeOptions, String)}, archival (PDF/A) as {@code archive} says. */
    public Rendered render(List<Analysis> analyses, ComposeOptions options, String title, PdfFinisher.Archive archive) {
        Book book = composer.compose(analyses, options, title);
        io.dossier.Trace.mark("composed");
        // The charts are made on another core while this one fills the template, which does not need them.
        CompletableFuture<Map<String, Drawable>> made = CompletableFuture.supplyAsync(() -> charts(book));
        String xhtml = templates.fill(MAIN_TEMPLATE, "b", book);
        io.dossier.Trace.mark("filled");
        Map<String, Drawable> charts;
        try {
            charts = made.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
        io.dossier.Trace.mark("charts");
        PdfTypesetter.Result typeset = typesetter.typeset(xhtml, charts, templates.resources(),
                templates.describe(MAIN_TEMPLATE));
        io.dossier.Trace.mark("typeset layout " + typeset.layoutNanos() / 1000000 + " write " + typeset.writeNanos() / 1000000);
        byte[] pdf = typeset.pdf();
        String author = options.author() != null ? options.author() : "Dossier";
        byte[] finished = finisher.finish(pdf, new PdfFinisher.Metadata(book.title(),
                "Briefing book: " + book.articles().size() + " articles",
                book.combinedActors().stream().limit(12).map(Dossier.ActorView::name).toList(),
                author, PdfFinisher.calendar(options.generatedAt())), archive.options(options.duplex()));
        return new Rendered(finished, book);
    }

    /** One actor chart per article that has one, and one over all of them. */
    private static Map<String, Drawable> charts(Book book) {
        Map<String, Drawable> charts = new HashMap<>();
        for (Book.Entry e : book.articles()) {
            if (e.dossier().hasActorChart()) charts.put(e.chart(), ActorChart.of(e.dossier().actors()));
        }
        if (book.hasCombinedChart()) charts.put(Book.COMBINED_CHART, ActorChart.of(book.combinedActors()));
        return charts;
    }
}
