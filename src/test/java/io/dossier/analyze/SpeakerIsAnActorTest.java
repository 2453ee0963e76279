package io.dossier.analyze;

import io.dossier.model.Actor;
import io.dossier.model.Analysis;
import io.dossier.model.Article;
import io.dossier.model.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quote rules choose speakers among the actors' own mentions: on every PolNeAR dev article (read in place), a
 * quote that names its speaker names an actor of the list, by the actor's id and under the actor's name.
 */
class SpeakerIsAnActorTest {

    private static final Path DEV = Path.of("../shared/data/polnear/dev/text");

    @Test
    void everyNamedSpeakerIsAnActor() throws IOException {
        assumeTrue(Files.isDirectory(DEV), "PolNeAR is not in " + DEV.toAbsolutePath().normalize());
        List<Path> texts;
        try (Stream<Path> s = Files.list(DEV)) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Analyzer analyzer = new Analyzer();
        int named = 0;
        for (Path p : texts) {
            Analysis a = analyzer.analyze(new Article(null, null, null, null, null, List.of(Files.readString(p))));
            Map<String, Actor> byId = a.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
            for (Quote q : a.quotes()) {
                if (q.speaker() == null) continue;
                named++;
                Actor actor = byId.get(q.speakerId());
                assertNotNull(actor, () -> p.getFileName() + ": “" + q.text() + "” is credited to " + q.speaker() + ", no actor");
                assertEquals(actor.name(), q.speaker(), p.getFileName() + ": the speaker is shown under the actor's name");
            }
        }
        assertEquals(true, named > 500, "named speakers on dev: " + named);
    }
}
