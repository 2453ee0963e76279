package io.dossier.analyze;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Gazetteer;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One real-world entity while actors are being built: its mentions under every surface form. */
final class Entity {

    String name;
    /** Null for a lone name nothing else vouches for, until it is found to speak. */
    ActorType type;
    final Gazetteer.Entry known;
    final Set<String> surfaces = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    String role;
    String affiliation;
    int quotes;

    Entity(String name, ActorType type, Gazetteer.Entry known) {
        this.name = name;
        this.type = type;
        this.known = known;
    }

    /** The name shown to readers (see {@link Names#readable}); {@link #name} is the one mentions match against. */
    String shownName() {
        return Names.readable(name);
    }

    /** Where the first mention starts: kept as mentions are added, as merging asks it of every namesake. */
    private int firstOffset = Integer.MAX_VALUE;

    void add(Mention m) {
        mentions.add(m);
        surfaces.add(m.surface());
        firstOffset = Math.min(firstOffset, m.start());
    }

    int firstOffset() {
        return firstOffset;
    }

    List<String> aliases() {
        List<String> out = new ArrayList<>();
        for (String s : surfaces) {
            // "The Hamas delegation" at the start of a sentence is a mention, not another name; nor is a dateline's
            // "CAIRO" for Cairo another name, only the same one in capitals.
            String bare = Names.withoutThe(s);
            if (!s.equalsIgnoreCase(name) && !bare.equalsIgnoreCase(name) && out.stream().noneMatch(s::equalsIgnoreCase)) out.add(s);
        }
        return out;
    }

    @Override
    public String toString() {
        return name + "(" + type + ")";
    }
}
