package io.dossier.cli;

import io.dossier.Trace;
import io.dossier.analyze.text.Language;
import io.dossier.finish.PdfFinisher;
import io.dossier.render.FontLibrary;
import io.dossier.render.PdfTypesetter;
import io.dossier.render.TemplateEngine;

/**
 * A one-shot run is mostly JVM warm-up, so each stage's own preparation starts on the second
 * core before the command line is even parsed (picocli's reflection is a tenth of a second):
 * this class is where stages are listed with what they prepare, and which commands run which
 * stages. Only a head start: a step that fails is left for the real work to report.
 * <p>
 * Two helper threads, in an order measured to finish soonest on two cores: the models lane
 * (part-of-speech model, gazetteer and word lists; see {@link Language#preload}) and then the
 * chart fonts; the layout lane: templates first (the command sets up its template engine before
 * the analysis), the typesetter, the output intent — and the chart fonts when there is no models lane.
 * <p>
 * Classes and enums rather than lambdas: this runs before the helper threads exist, and the
 * first lambda of a run costs a bootstrap that would delay them.
 */
final class WarmUp {

    /** What a command runs, as far as warm-up goes. */
    private enum Stages {
        NONE(false, false), ANALYSIS(true, false), LAYOUT(false, true), BOTH(true, true);

        final boolean analysis;
        final boolean layout;

        Stages(boolean analysis, boolean layout) {
            this.analysis = analysis;
            this.layout = layout;
        }
    }

    /** Each stage's preparation, and the trace mark it leaves. */
    private enum Step implements Runnable {
        TEMPLATES("templates prepared"), TYPESETTER("typesetter prepared"), CHART_FONTS("chart fonts prepared"),
        OUTPUT_INTENT("output intent prepared");

        private final String done;

        Step(String done) {
            this.done = done;
        }

        @Override
        public void run() {
            try {
                switch (this) {
                    case TEMPLATES -> TemplateEngine.prepare();
                    case TYPESETTER -> PdfTypesetter.prepare();
                    case CHART_FONTS -> FontLibrary.prepareChartFonts();
                    case OUTPUT_INTENT -> PdfFinisher.prepare();
                }
                Trace.mark(done);
            } catch (RuntimeException | Error e) {
                // only a head start: the real work reports real errors
            }
        }
    }

    /** Steps run one after another on one helper thread. */
    private static final class Lane implements Runnable {
        private final Step[] steps;

        Lane(Step... steps) {
            this.steps = steps;
        }

        @Override
        public void run() {
            for (Step s : steps) s.run();
        }
    }

    private WarmUp() {
    }

    /** Starts the warm-up of the stages {@code command} runs (a subcommand's name; anything else starts nothing). */
    static void start(String command) {
        Stages stages = stages(command);
        if (stages.analysis) Language.preload(stages.layout ? Step.CHART_FONTS : null);
        if (stages.layout) {
            Lane lane = stages.analysis ? new Lane(Step.TEMPLATES, Step.TYPESETTER, Step.OUTPUT_INTENT)
                    : new Lane(Step.TEMPLATES, Step.TYPESETTER, Step.CHART_FONTS, Step.OUTPUT_INTENT);
            Thread t = new Thread(lane, "dossier-prepare");
            t.setDaemon(true);
            t.start();
        }
    }

    private static Stages stages(String command) {
        return switch (command) {
            case "build", "batch", "email", "print" -> Stages.BOTH;
            case "analyze" -> Stages.ANALYSIS;
            case "render" -> Stages.LAYOUT;
            default -> Stages.NONE;
        };
    }
}
