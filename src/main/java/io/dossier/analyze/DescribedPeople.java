package io.dossier.analyze;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One name, one type, for people: a name of two words or more that the text describes as a person somewhere (a title,
 * an age, a "who": "Guadalupe Morales, 71, stands behind the counter") is that person in every mention that a guess
 * typed an organization ("…, owner Guadalupe Morales said": a city's name before one more word otherwise reads as a
 * company's, like "Cambridge Analytica").
 */
final class DescribedPeople {

    private DescribedPeople() {
    }

    static List<Mention> apply(List<Mention> mentions) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON && m.titled() && m.lastToken() > m.firstToken()) people.add(m.surface());
        }
        if (people.isEmpty()) return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() == ActorType.ORGANIZATION && m.known() == null && people.contains(m.surface())) {
                m = m.as(ActorType.PERSON);
            }
            out.add(m);
        }
        return out;
    }
}
