package io.dossier.analyze;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Gazetteer;
import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One organization, one actor: news writing names an organization in full once and then shortens it, keeping the end
 * of its name ("The Washington Post" … "the Post"; "the New York Daily News" … "the Daily News"; "the State
 * Department" … "the Department") or the part before "for"/"of" ("the Brennan Center for Justice" … "the Brennan
 * Center") or the start before words that only say it is a company or what kind of body it is ("Alibaba Group" …
 * "Alibaba", "Oculus VR" … "Oculus", "Pennine Building Society" … "Pennine") or a club ("Newcastle United" … "Newcastle", see {@link ClubsByTown}). A name the gazetteer does not
 * know that shortens exactly one longer organization name of the article is that organization; when two could be
 * meant ("the Times" beside two Times), it is left alone. So is a name the gazetteer knows only as a short form of
 * something else: in a story about the House of Commons, "this House" is the Commons, not the House of
 * Representatives the gazetteer files "House" under.
 */
final class ShortOrganizationNames {


    private ShortOrganizationNames() {
    }

    static List<Entity> apply(List<Entity> entities, io.dossier.analyze.text.Document doc) {
        Map<String, List<Entity>> byPart = new HashMap<>();
        for (Entity e : entities) if (e.type == ActorType.ORGANIZATION) index(e, e.surfaces, byPart);
        Set<Entity> merged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity shortOne = entities.get(i);
            boolean person = shortOne.type == ActorType.PERSON;
            if (person && !bareWord(shortOne) || shortOne.type == ActorType.PLACE) continue;
            String written = shortOne.known == null ? shortOne.name : onlyAlias(shortOne);
            if (written == null) continue;
            Entity full = null;
            boolean ambiguous = false;
            for (Entity e : byPart.getOrDefault(written.toLowerCase(Locale.ROOT), List.of())) {
                if (e == shortOne || merged.contains(e)) continue;
                boolean writtenBefore = e.firstOffset() < shortOne.firstOffset() && !titled(shortOne, doc);
                if (person ? !shortensByCompanyWord(written, e, writtenBefore)
                        : !shortens(written, e, shortOne.known == null, writtenBefore)) continue;
                if (full != null && full != e) ambiguous = true;
                full = e;
            }
            if (full == null || ambiguous) continue;
            List<String> added = new ArrayList<>();
            for (Mention m : shortOne.mentions) {
                if (!full.surfaces.contains(m.surface())) added.add(m.surface());
                full.add(m);
            }
            index(full, added, byPart);
            merged.add(shortOne);
        }
        if (!merged.isEmpty()) entities.removeIf(merged::contains);
        return entities;
    }

    /**
     * Files the organization under every run of whole words that opens or closes one of its written forms, lower
     * case and without "the": the only names that can shorten it ("the Post", "the Brennan Center", "Alibaba"), so
     * that a name is compared with those few organizations and not with every one (an article naming thousands of
     * bodies stays linear).
     */
    private static void index(Entity e, Iterable<String> surfaces, Map<String, List<Entity>> byPart) {
        for (String full : surfaces) {
            String f = lowerBare(full);
            for (int k = f.indexOf(' '); k > 0; k = f.indexOf(' ', k + 1)) {
                byPart.computeIfAbsent(f.substring(0, k), x -> new ArrayList<>()).add(e);
                byPart.computeIfAbsent(f.substring(k + 1), x -> new ArrayList<>()).add(e);
            }
        }
    }

    /** "The Washington Post" → "washington post": a written form as names are compared here. */
    private static String lowerBare(String written) {
        return Names.withoutThe(written).toLowerCase(Locale.ROOT);
    }

    /** Written after a title or role at least once ("President Obama"): a person's name, whatever else follows it. */
    private static boolean titled(Entity e, io.dossier.analyze.text.Document doc) {
        for (Mention m : e.mentions) {
            if (m.titled()) return true;
            if (m.firstToken() == 0) continue;
            String before = doc.sentences().get(m.sentence()).tokens().get(m.firstToken() - 1).text();
            if (Gazetteer.get().isHonorific(before) || Character.isUpperCase(before.charAt(0)) && Gazetteer.get().isRoleHead(before)) return true;
        }
        return false;
    }

    /** The one alias a known organization is called by when the article never writes its name ("House"), else null. */
    private static String onlyAlias(Entity known) {
        String alias = null;
        for (String s : known.surfaces) {
            String bare = Names.withoutThe(s);
            if (bare.equalsIgnoreCase(known.name) || alias != null && !alias.equalsIgnoreCase(bare)) return null;
            alias = bare;
        }
        return alias;
    }

    /**
     * {@code byEnd}: "the Post" for "The Washington Post"; a known alias only heads a name ("House" of Commons).
     * {@code writtenBefore}: the organization's full name comes first, so its start may stand for it before words
     * that say what kind of body it is ("Pennine Building Society" … "Pennine"; but "President Obama" after
     * "the Obama administration" is the man).
     */
    private static boolean shortens(String name, Entity e, boolean byEnd, boolean writtenBefore) {
        String n = name.toLowerCase(Locale.ROOT);
        if (e.name.toLowerCase(Locale.ROOT).equals(n)) return false;
        for (String full : e.surfaces) {
            String f = lowerBare(full);
            if (f.length() > n.length() && (byEnd && f.endsWith(" " + n) || f.startsWith(n + " for ") || f.startsWith(n + " of "))) return true;
            if (byEnd && (beforeCompanyWord(n, full, writtenBefore) || f.startsWith(n + " ") && ClubsByTown.club(full))) return true; // "Newcastle United" … "Newcastle"
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
    private static boolean shortensByCompanyWord(String name, Entity e, boolean writtenBefore) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String full : e.surfaces) if (beforeCompanyWord(n, full, writtenBefore)) return true;
        return false;
    }

    /** "Oculus" ({@code lowerName}) for "Oculus VR", "Alibaba" for "the Alibaba Group": the name, then a company word. */
    private static boolean beforeCompanyWord(String lowerName, String full, boolean kinds) {
        String f = lowerBare(full);
        return f.startsWith(lowerName + " ") && companyWord(full.substring(full.length() - (f.length() - lowerName.length() - 1)), kinds);
    }

    /**
     * "Group", "Inc.", or a short word in capitals ("VR", "AG"): a last word that only says it is a company; or, with
     * {@code kinds}, a word or up to three capitalised words that say what kind of body it is ("Building Society" after "Pennine",
     * "Bank" after "Clearwater").
     */
    private static boolean companyWord(String words, boolean kinds) {
        String[] w = words.split(" ");
        if (w.length == 1) {
            String lower = words.replace(".", "").toLowerCase(Locale.ROOT);
            return MentionFinder.COMPANY_SUFFIXES.contains(lower) || kinds && ORGANIZATION_WORDS.contains(lower)
                    || words.length() <= 3 && words.chars().allMatch(Character::isUpperCase);
        }
        // "Building Society", "Investment Bank": capitalised words ending in a kind of body
        if (!kinds || w.length > 3) return false;
        for (String word : w) if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        String last = w[w.length - 1].replace(".", "").toLowerCase(Locale.ROOT);
        return MentionFinder.COMPANY_SUFFIXES.contains(last) || ORGANIZATION_WORDS.contains(last);
    }

    private static final java.util.Set<String> ORGANIZATION_WORDS = io.dossier.analyze.text.Lexicon.organizationWords();
}
