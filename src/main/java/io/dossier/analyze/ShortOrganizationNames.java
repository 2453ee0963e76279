package io.dossier.analyze;

import io.dossier.analyze.text.Gazetteer;
import io.dossier.model.ActorType;

import java.util.List;
import java.util.Locale;

/**
 * One organization, one actor: news writing names an organization in full once and then shortens it, keeping the end
 * of its name ("The Washington Post" … "the Post"; "the New York Daily News" … "the Daily News"; "the State
 * Department" … "the Department") or the part before "for"/"of" ("the Brennan Center for Justice" … "the Brennan
 * Center") or the start before a word that only says it is a company ("Alibaba Group" … "Alibaba", "Oculus VR" …
 * "Oculus") or a club ("Newcastle United" … "Newcastle", see {@link ClubsByTown}). A name the gazetteer does not
 * know that shortens exactly one longer organization name of the article is that organization; when two could be
 * meant ("the Times" beside two Times), it is left alone. So is a name the gazetteer knows only as a short form of
 * something else: in a story about the House of Commons, "this House" is the Commons, not the House of
 * Representatives the gazetteer files "House" under.
 */
final class ShortOrganizationNames {


    private ShortOrganizationNames() {
    }

    static List<Entity> apply(List<Entity> entities) {
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity shortOne = entities.get(i);
            boolean person = shortOne.type == ActorType.PERSON;
            if (person && !bareWord(shortOne) || shortOne.type == ActorType.PLACE) continue;
            String written = shortOne.known == null ? shortOne.name : onlyAlias(shortOne);
            if (written == null) continue;
            Entity full = null;
            boolean ambiguous = false;
            for (Entity e : entities) {
                if (e == shortOne || e.type != ActorType.ORGANIZATION) continue;
                if (person ? !shortensByCompanyWord(written, e) : !shortens(written, e, shortOne.known == null)) continue;
                if (full != null && full != e) ambiguous = true;
                full = e;
            }
            if (full == null || ambiguous) continue;
            for (Mention m : shortOne.mentions) full.add(m);
            entities.remove(i);
        }
        return entities;
    }

    /** The one alias a known organization is called by when the article never writes its name ("House"), else null. */
    private static String onlyAlias(Entity known) {
        String alias = null;
        for (String s : known.surfaces) {
            String bare = s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
            if (bare.equalsIgnoreCase(known.name) || alias != null && !alias.equalsIgnoreCase(bare)) return null;
            alias = bare;
        }
        return alias;
    }

    /** {@code byEnd}: "the Post" for "The Washington Post"; a known alias only heads a name ("House" of Commons). */
    private static boolean shortens(String name, Entity e, boolean byEnd) {
        String n = name.toLowerCase(Locale.ROOT);
        if (e.name.toLowerCase(Locale.ROOT).equals(n)) return false;
        for (String full : e.surfaces) {
            String f = full.toLowerCase(Locale.ROOT);
            if (f.startsWith("the ")) f = f.substring(4);
            if (f.length() > n.length() && (byEnd && f.endsWith(" " + n) || f.startsWith(n + " for ") || f.startsWith(n + " of "))) return true;
            if (byEnd && (beforeCompanyWord(n, full) || f.startsWith(n + " ") && ClubsByTown.club(full))) return true; // "Newcastle United" … "Newcastle"
        }
        return false;
    }

    /**
     * A name taken for a person's on no evidence but the verb it speaks with (no title, no given name): "In an
     * emailed statement, Ridgeline said" after "Ridgeline Partners", "Harbour Lights said" after "Harbour Lights
     * Pictures", is the company.
     */
    private static boolean bareWord(Entity e) {
        if (e.known != null) return false;
        for (String w : e.name.split(" ")) if (Gazetteer.get().isFirstName(w)) return false; // "Harbour Lights" may be bare, "Jane Lights" not
        for (Mention m : e.mentions) if (m.titled() || !m.surface().equals(e.name)) return false;
        return true;
    }

    /** "Ridgeline" for "Ridgeline Partners": one of the organization's written forms is this name and a company word. */
    private static boolean shortensByCompanyWord(String name, Entity e) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String full : e.surfaces) if (beforeCompanyWord(n, full)) return true;
        return false;
    }

    /** "Oculus" ({@code lowerName}) for "Oculus VR", "Alibaba" for "the Alibaba Group": the name, then a company word. */
    private static boolean beforeCompanyWord(String lowerName, String full) {
        String f = full.toLowerCase(Locale.ROOT);
        if (f.startsWith("the ")) f = f.substring(4);
        return f.startsWith(lowerName + " ") && companyWord(full.substring(full.length() - (f.length() - lowerName.length() - 1)));
    }

    /** "Group", "Inc.", or a short word in capitals ("VR", "AG"): a last word that only says it is a company. */
    private static boolean companyWord(String word) {
        return !word.contains(" ") && (MentionFinder.COMPANY_SUFFIXES.contains(word.replace(".", "").toLowerCase(Locale.ROOT))
                || word.length() <= 3 && word.chars().allMatch(Character::isUpperCase));
    }
}
