package io.dossier.analyze;

import io.dossier.analyze.text.Sentence;
import io.dossier.analyze.text.Token;

import io.dossier.analyze.text.Document;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * People, organizations and places in the article: mentions found, merged into entities, roles attached. The
 * {@link Plausibility} guard is left to the caller, as a name that speaks is an actor whatever else it lacks.
 */
final class ActorExtractor {

    /** A rule that retypes, reshapes or drops mentions before they are merged into entities. */
    private interface MentionPass {
        List<Mention> apply(List<Mention> mentions, Document doc);
    }

    /** A rule over the merged entities. */
    private interface EntityPass {
        List<Entity> apply(List<Entity> entities, Document doc);
    }

    /**
     * The mention rules in the order they run, each seeing what the ones before it decided: the rules that make a
     * one-word name a person, a club, a work or a place come before the town rules, which only judge names still
     * open, and the organization contexts come last.
     */
    private static final List<MentionPass> MENTION_PASSES = List.of(
            NamesSpelledOutByAcronym::apply,
            (mentions, doc) -> DescribedPeople.apply(mentions),
            ClubsByTown::apply,
            PlacesByDescription::apply,
            QuotedTitles::apply,
            SurnamesOverPlaces::apply,
            PlacesByPreposition::apply,
            TownsNeedContext::apply,
            TownsBeforeRegions::apply,
            OrganizationContexts::apply);

    /** The entity rules in the order they run: short names of organizations, then names a person is known as. */
    private static final List<EntityPass> ENTITY_PASSES = List.of(ShortOrganizationNames::apply, NamesKnownAs::apply);

    private final MentionFinder finder = new MentionFinder();
    private final AliasMerger merger = new AliasMerger();

    List<Entity> extract(Document doc) {
        List<Mention> mentions = new ArrayList<>();
        MentionFinder.Casing casing = MentionFinder.Casing.of(doc);
        for (Sentence s : doc.sentences()) {
            for (Mention m : finder.find(s, casing)) {
                if (!doc.furniture(s.firstToken() + m.firstToken())) mentions.add(m); // bylines, photo credits, tag lists
            }
        }
        mentions.addAll(DatelineActors.find(doc));
        for (MentionPass pass : MENTION_PASSES) mentions = pass.apply(mentions, doc);
        List<Entity> entities = merger.merge(mentions, m -> titleOf(m, doc));
        for (EntityPass pass : ENTITY_PASSES) entities = pass.apply(entities, doc);
        Map<Long, Entity> byToken = new HashMap<>();
        for (Entity e : entities) {
            if (e.type == null) continue; // owners of roles are actors
            for (Mention m : e.mentions) {
                for (int k = m.firstToken(); k <= m.lastToken(); k++) byToken.putIfAbsent(key(m.sentence(), k), e);
            }
        }
        RoleFinder.Owners owners = new RoleFinder.Owners() {
            @Override
            public Entity at(int sentence, int token) {
                return token < 0 ? null : byToken.get(key(sentence, token));
            }

            @Override
            public Entity organizationBefore(int sentence, int token) {
                for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
                    int from = s == sentence ? token - 1 : doc.sentences().get(s).tokens().size() - 1;
                    for (int k = from; k >= 0; k--) {
                        Entity e = byToken.get(key(s, k));
                        if (e != null && e.type == ActorType.ORGANIZATION) return e;
                    }
                }
                return null;
            }
        };
        RoleFinder roles = new RoleFinder(doc.sentences(), owners);
        for (Entity e : entities) if (e.type != null) roles.fill(e);
        return entities; // implausible ones too: they leave once it is known who speaks (see Analyzer)
    }

    /** The title written right before a titled one-word name ("Mrs." in "Mrs. Obama"), or null. */
    private static String titleOf(Mention m, Document doc) {
        if (!m.titled() || m.firstToken() != m.lastToken() || m.firstToken() == 0) return null;
        return doc.sentences().get(m.sentence()).tokens().get(m.firstToken() - 1).text();
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
