package io.dossier;

import io.dossier.chart.ActorChart;
import io.dossier.chart.TimelineChart;
import io.dossier.compose.ComposeOptions;
import io.dossier.compose.Composer;
import io.dossier.compose.Dossier;
import io.dossier.finish.PdfFinisher;
import io.dossier.model.Analysis;
import io.dossier.render.PdfTypesetter;
import io.dossier.render.TemplateEngine;
import org.jfree.chart.ui.Drawable;

import java.util.HashMap;
import java.util.Map;

/**
 * From an {@link Analysis} to finished PDF bytes: compose → charts → fill → typeset → finish.
 * Stateless and thread-safe; costly things (fonts, templates) are loaded once per process.
 */
public final class DossierRenderer {

    /** Nanoseconds spent in each phase, for the benchmark's phase split. */
    public record Timings(long compose, long template, long layout, long write, long finish) {
        public long total() {
            return compose + template + layout + write + finish;
        }
    }

    public record Rendered(byte[] pdf, Dossier dossier, Timings timings) {
    }

    private final TemplateEngine templates;
    private final Composer composer = new Composer();
    private final PdfTypesetter typesetter = new PdfTypesetter();
    private final PdfFinisher finisher = new PdfFinisher();

    public DossierRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public Rendered render(Analysis analysis, ComposeOptions options) {
        return render(analysis, options, PdfFinisher.Archive.NONE);
    }

    /** As {@link #render(Analysis, ComposeOptions)}, archival (PDF/A) as {@code archive} says. */
    public Rendered render(Analysis analysis, ComposeOptions options, PdfFinisher.Archive archive) {
        long t0 = System.nanoTime();
        Dossier dossier = composer.compose(analysis, options);
        Map<String, Drawable> charts = new HashMap<>();
        if (dossier.hasActorChart()) charts.put("actors", ActorChart.of(dossier.actors()));
        if (TimelineChart.canPlot(dossier.timeline())) charts.put("timeline", TimelineChart.of(dossier.timeline()));
        long t1 = System.nanoTime();
        io.dossier.Trace.mark("composed");
        String xhtml = templates.fill(dossier);
        io.dossier.Trace.mark("filled");
        long t2 = System.nanoTime();
        PdfTypesetter.Result typeset = typesetter.typeset(xhtml, charts, templates.resources(),
                templates.describe(TemplateEngine.MAIN_TEMPLATE));
        io.dossier.Trace.mark("typeset layout " + typeset.layoutNanos() / 1000000 + " write " + typeset.writeNanos() / 1000000);
        long t3 = System.nanoTime();
        byte[] pdf = finisher.finish(typeset.pdf(), new PdfFinisher.Metadata(
                dossier.title(),
                "Briefing dossier" + (dossier.source() != null ? ": " + dossier.source() : ""),
                dossier.actors().stream().limit(12).map(Dossier.ActorView::name).toList(),
                options.author() != null ? options.author()
                        : dossier.byline() != null ? dossier.byline()
                        : dossier.source() != null ? dossier.source() : "Dossier",
                PdfFinisher.calendar(options.generatedAt())), archive.options(options.duplex()));
        long t4 = System.nanoTime();
        return new Rendered(pdf, dossier, new Timings(t1 - t0, t2 - t1, typeset.layoutNanos(),
                typeset.writeNanos(), t4 - t3));
    }
}
