package io.dossier.analyze.quote;

import io.dossier.analyze.Analyzer;
import io.dossier.model.Article;
import io.dossier.model.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a plain text as a dossier shows them: found by the whole analysis, each credited to the actor
 * it names (its shown name) or to its unnamed source, with the rule that chose the speaker.
 */
public final class Statements {

    private static final Analyzer ANALYZER = new Analyzer();

    private Statements() {
    }

    /** {@code text} is read as it is: one line, one paragraph; offsets are into it. */
    public static List<Attribution> of(String text) {
        Analyzer.Traced t = ANALYZER.trace(new Article(null, null, null, null, null, List.of(text)));
        List<Attribution> out = new ArrayList<>();
        for (int i = 0; i < t.attributions().size(); i++) {
            Attribution a = t.attributions().get(i);
            Quote q = t.analysis().quotes().get(i);
            out.add(new Attribution(a.text(), a.kind(), q.speaker(), a.speakerStart(), a.speakerEnd(), a.speakerEntity(),
                    q.speakerDescription(), a.cue(), a.start(), a.end(), a.pass()));
        }
        return out;
    }
}
