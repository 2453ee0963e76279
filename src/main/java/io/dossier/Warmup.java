package io.dossier;

import io.dossier.compose.ComposeOptions;
import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.ArticleInfo;
import io.dossier.model.Event;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;
import io.dossier.render.TemplateEngine;

import java.util.List;

/**
 * A one-shot command spends most of its time loading and first running code. While the main
 * thread reads and analyzes the article, a background thread renders a tiny dossier through
 * the whole render path on the other core, so fonts, templates, layout, charts and PDFBox are
 * loaded and warm when the real dossier gets there.
 */
public final class Warmup {

    private Warmup() {
    }

    public static Thread inBackground(TemplateEngine templates) {
        if (Boolean.getBoolean("dossier.noWarmup")) return null;
        Thread t = new Thread(() -> {
            try {
                new DossierRenderer(templates).render(tinyAnalysis(), ComposeOptions.defaults());
            } catch (RuntimeException | Error ignored) {
                // A failed warm-up only costs time; the real render reports real errors.
            }
        }, "dossier-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    private static Analysis tinyAnalysis() {
        String p = "Officials met in Cairo on Wednesday, an official said. \"We will talk,\" Ann Lee said.";
        return new Analysis(null, new ArticleInfo("Warm-up", "Dossier", "2024-01-03", null, null, 14, List.of(p)),
                List.of(p), List.of(p),
                List.of(new Actor("a1", "Ann Lee", ActorType.PERSON, List.of("Lee"), 1, 1, "official", "Cairo"),
                        new Actor("a2", "Cairo", ActorType.PLACE, List.of(), 1, 0.5, null, null)),
                List.of(new Quote("We will talk,", QuoteKind.DIRECT, "Ann Lee", "a1", null, "said", 57, 70)),
                List.of(new Event("2024-01-03", "Wednesday", p)), List.of());
    }
}
