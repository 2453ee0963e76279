package io.dossier.analyze;

import io.dossier.model.ActorType;

import java.util.List;
import java.util.Locale;

/**
 * One organization, one actor: news writing names an organization in full once and then shortens it, keeping the end
 * of its name ("The Washington Post" … "the Post"; "the New York Daily News" … "the Daily News"; "the State
 * Department" … "the Department") or the part before "for"/"of" ("the Brennan Center for Justice" … "the Brennan
 * Center"). A name the gazetteer does not know that shortens exactly one longer organization name of the article
 * is that organization; when two could be meant ("the Times" beside two Times), it is left alone.
 */
final class ShortOrganizationNames {

    private ShortOrganizationNames() {
    }

    static List<Entity> apply(List<Entity> entities) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity shortOne = entities.get(i);
            if (shortOne.known != null || shortOne.type == ActorType.PERSON || shortOne.type == ActorType.PLACE) continue;
            Entity full = null;
            boolean ambiguous = false;
            for (Entity e : entities) {
                if (e == shortOne || e.type != ActorType.ORGANIZATION || !shortens(shortOne.name, e)) continue;
                if (full != null && full != e) ambiguous = true;
                full = e;
            }
            if (full == null || ambiguous) continue;
            for (Mention m : shortOne.mentions) full.add(m);
            entities.remove(i);
        }
        return entities;
    }

    private static boolean shortens(String name, Entity e) {
        String n = name.toLowerCase(Locale.ROOT);
        if (e.name.toLowerCase(Locale.ROOT).equals(n)) return false;
        for (String full : e.surfaces) {
            String f = full.toLowerCase(Locale.ROOT);
            if (f.startsWith("the ")) f = f.substring(4);
            if (f.length() > n.length() && (f.endsWith(" " + n) || f.startsWith(n + " for ") || f.startsWith(n + " of "))) return true;
        }
        return false;
    }
}
