package io.dossier.analyze;

import io.dossier.model.Actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks entities: each mention counts, earlier mentions count more (news puts what matters first),
 * the lead sentence counts extra, and every quote attributed to the actor counts like two mentions.
 * Scores are divided by the top score, so the most salient actor has 1.0.
 */
final class Salience {

    private Salience() {
    }

    static List<Ranked> rank(List<Entity> entities, int sentenceCount) {
        List<Scored> scored = new ArrayList<>();
        for (Entity e : entities) {
            double score = 0;
            boolean lead = false;
            for (Mention m : e.mentions) {
                double position = sentenceCount <= 1 ? 1 : 1.0 - (double) m.sentence() / sentenceCount;
                score += 1.0 + position;
                if (m.sentence() == 0) lead = true;
            }
            if (lead) score += 1.5;
            score += 2.0 * e.quotes;
            scored.add(new Scored(e, score));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score)
                .thenComparingInt(s -> -s.entity.mentions.size())
                .thenComparingInt(s -> s.entity.firstOffset()));
        double top = scored.isEmpty() ? 1 : scored.get(0).score;
        List<Ranked> out = new ArrayList<>();
        int id = 1;
        for (Scored s : scored) {
            Entity e = s.entity;
            double salience = Math.round(s.score / top * 100) / 100.0;
            out.add(new Ranked(e, new Actor("a" + id++, e.shownName(), e.type, e.aliases(), e.mentions.size(), salience, e.role, e.affiliation)));
        }
        return out;
    }

    /** An actor and the entity it was built from (quotes need both). */
    record Ranked(Entity entity, Actor actor) {
    }

    private record Scored(Entity entity, double score) {
    }
}
