package io.dossier.analyze;

import io.dossier.analyze.quote.Attribution;
import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Names;
import io.dossier.analyze.text.Sentence;
import io.dossier.model.ActorType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every named speaker is an actor. Whoever the text credits with a statement is central to it, even when
 * nothing else about the name gave it away: a company or agency with no organisation word in its name
 * ("Rosneft said in a statement"), a person whose given name is on no list ("Dong Xiaolin said"). Such a
 * speaker becomes an actor at the mention that names it: a person when the name reads as one (a known given
 * name, an East Asian family name first, a particle such as "Al-"), else an organisation.
 */
final class SpeakerActors {

    private static final Set<String> KNOWN_ORGANIZATIONS = Lexicon.knownOrganizations();

    private SpeakerActors() {
    }

    static void addMissing(List<Entity> entities, QuoteMapper mapper, List<Attribution> attributions, Document doc) {
        Map<String, Entity> made = new HashMap<>();
        Gazetteer gaz = Gazetteer.get();
        Set<String> lowercase = new HashSet<>();
        for (io.dossier.analyze.text.Token t : doc.tokens()) {
            if (Character.isLowerCase(t.text().charAt(0))) lowercase.add(t.text());
        }
        for (Attribution a : attributions) {
            Entity e = mapper.speakerOf(a);
            if (e != null && e.type == ActorType.PERSON && placeThenName(e.name, gaz) && !Plausibility.keep(e, doc)) {
                e.type = ActorType.ORGANIZATION; // "the Chicago Cubs said": a team or a firm named after its town
            }
            if (e == null || e.type != null) continue;
            // a lone name only found speaking ("Mining giant Halcor …, the company said"): typed as a speaker is
            if (readsAsName(e.name, lowercase, gaz)) e.type = type(e.name, a, gaz);
            else mapper.demote(a);
        }
        for (Attribution a : mapper.unmatched(attributions)) {
            String name = a.speaker().strip();
            if (gaz.lookup(name) != null && gaz.lookup(name).type() == ActorType.PLACE) continue; // places never speak
            if (!readsAsName(name, lowercase, gaz)) {
                mapper.demote(a); // "Figures show …", "Three-quarters said …": a description, not a name
                continue;
            }
            String key = Names.surnameKey(name);
            Entity e = made.get(key);
            if (e == null) {
                e = new Entity(name, type(name, a, gaz), null);
                made.put(key, e);
                entities.add(e);
            }
            if (a.speakerStart() >= 0 && a.speakerEnd() > a.speakerStart()) e.add(mention(a, name, e.type, doc));
            else e.surfaces.add(name);
            mapper.assign(a, e);
        }
    }

    /**
     * "Chicago Cubs", "Boston Globe": a known place followed by a name and nothing to say it is a person (no given
     * name, title or role) is a body named after its place.
     */
    private static boolean placeThenName(String name, Gazetteer gaz) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || gaz.isFirstName(words[0])) return false;
        Gazetteer.Entry e = gaz.lookup(words[0]);
        return e != null && e.type() == ActorType.PLACE;
    }

    /** Words after a place that make a description of a person ("a Florida Republican"), not a name. */
    private static final Set<String> AFFILIATIONS = Lexicon.words("party-affiliations");

    /**
     * A speaker the quote rules took for a name but that is a common word the article also writes in lower case
     * ("Figures", "All", "Three-quarters"), a people ("Americans") or a place and a party ("Florida Republican").
     */
    static boolean readsAsName(String name, Set<String> lowercase, Gazetteer gaz) {
        String[] words = name.split("\\s+");
        String last = words[words.length - 1];
        if (name.chars().anyMatch(Character::isDigit)) return false;
        if (gaz.isDemonym(last) || gaz.demonymCountry(last) != null && words.length == 1) return false;
        if (AFFILIATIONS.contains(last.toLowerCase(Locale.ROOT))) return false;
        if (words.length == 1) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (gaz.isRoleHead(name) || gaz.isHonorific(name)) return false; // "The President said": a title, not a name
            if (lowercase.contains(lower) || name.contains("-") && lowercase.contains(lower.substring(0, lower.indexOf('-')))) return false;
        }
        return true;
    }

    /**
     * A lone word is an organisation when it is a known one, an acronym, what it said is about "it" ("Rosneft said
     * it had agreed …"), or the rules reached it through "it" or "the company"; otherwise a person known by surname ("Obama stated"), as famous people are.
     */
    static ActorType type(String name, Attribution a, Gazetteer gaz) {
        String[] words = name.split("\\s+");
        if (words.length == 1) {
            String said = a.text() == null ? "" : a.text().strip().toLowerCase(Locale.ROOT);
            boolean it = said.startsWith("it ") || said.startsWith("its ") || said.startsWith("it’s ") || said.startsWith("it's ");
            // reached through "it", "they" or "the company" rather than by its name: the rules took it for a body
            boolean body = "pronoun".equals(a.pass()) || "description".equals(a.pass());
            boolean org = MentionFinder.isAcronym(name) || KNOWN_ORGANIZATIONS.contains(name.toLowerCase(Locale.ROOT)) || it || body;
            return org && !gaz.isFirstName(name) ? ActorType.ORGANIZATION : ActorType.PERSON;
        }
        for (String w : words) {
            if (MentionFinder.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT)) || MentionFinder.isAcronym(w)) {
                return ActorType.ORGANIZATION;
            }
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        boolean particle = name.matches(".*\\b(?:[Aa]l|[Ee]l|bin|ibn|[Aa]bu|de|van|von|da|di|le|La)[- ].*");
        return gaz.isFirstName(words[0]) || MentionFinder.isEastAsianSurname(first) || particle
                ? ActorType.PERSON : ActorType.ORGANIZATION;
    }

    private static Mention mention(Attribution a, String name, ActorType type, Document doc) {
        int token = doc.tokenAt(a.speakerStart());
        int sentence = doc.sentenceOf(token);
        Sentence s = doc.sentences().get(sentence);
        int first = token - s.firstToken();
        int last = Math.max(first, doc.tokenAt(a.speakerEnd() - 1) - s.firstToken());
        last = Math.min(last, s.tokens().size() - 1);
        return new Mention(name, a.speakerStart(), a.speakerEnd(), sentence, first, last, null, type, false, false);
    }
}
