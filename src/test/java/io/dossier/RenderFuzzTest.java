package io.dossier;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.AnalysisJson;
import io.dossier.model.ArticleInfo;
import io.dossier.model.Event;
import io.dossier.model.Figure;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fill and typeset from an Analysis JSON holding anything a hand could write in it: strings of
 * any characters or missing, numbers of any size, offsets that point nowhere. With the bundled
 * templates the result is always a PDF: any exception is a bug. Slow (a whole dossier per
 * input), so it runs fewer inputs than the ingest and analysis targets.
 *
 * <p>Seeds and past findings: {@code src/test/resources/io/dossier/RenderFuzzTestInputs/render/}.
 */
class RenderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void render(FuzzedDataProvider data) throws IOException {
        ArticleInfo article = new ArticleInfo(text(data), text(data), text(data), text(data), text(data),
                data.consumeInt(), list(data, 4, () -> data.consumeString(300)));
        List<Actor> actors = list(data, 4, () -> new Actor(text(data), text(data),
                data.pickValue(new ActorType[]{ActorType.PERSON, ActorType.ORGANIZATION, ActorType.PLACE, null}),
                list(data, 2, () -> data.consumeString(40)), data.consumeInt(), data.consumeDouble(), text(data), text(data)));
        List<Quote> quotes = list(data, 3, () -> new Quote(text(data),
                data.pickValue(new QuoteKind[]{QuoteKind.DIRECT, QuoteKind.INDIRECT, null}), text(data), text(data),
                text(data), text(data), data.consumeInt(), data.consumeInt()));
        List<Event> timeline = list(data, 3, () -> new Event(text(data), text(data), text(data)));
        List<Figure> figures = list(data, 2, () -> new Figure(text(data), text(data)));
        Analysis written = new Analysis(null, article, list(data, 3, () -> data.consumeString(200)),
                list(data, 3, () -> data.consumeString(100)), actors, quotes, timeline, figures);
        // Through the JSON a hand could have edited, as `dossier render` reads it.
        Analysis analysis = AnalysisJson.read(AnalysisJson.write(written));
        if (analysis.article().paragraphs().isEmpty()) return; // `dossier render` refuses it before rendering
        // With the bundled templates every such analysis makes a dossier: a refusal here would
        // blame the templates ("templates/actors.ftlh:17: cannot evaluate ${a.name}") for the JSON.
        byte[] pdf = RenderStressTest.RENDERER.render(analysis, RenderStressTest.OPTIONS).pdf();
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(120);
    }

    private static <T> List<T> list(FuzzedDataProvider data, int max, Supplier<T> element) {
        int n = data.consumeInt(0, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(element.get());
        return out;
    }
}
