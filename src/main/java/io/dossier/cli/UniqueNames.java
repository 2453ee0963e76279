package io.dossier.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One output name per input, never two inputs to one name, by one rule: a name's first input
 * keeps it ({@code a.md} → {@code a}); a later input with a taken name gets the next free
 * {@code NAME-N}, N from 2 ({@code a.json} → {@code a-2}), skipping names another input has of
 * its own: with {@code a.md}, {@code a.json} and {@code a-2.txt}, {@code a-2.txt} keeps {@code a-2}
 * and {@code a.json} becomes {@code a-3}. Names handed out later (a web page whose address says
 * nothing is named after its title, known only once it is fetched) follow the same rule.
 */
final class UniqueNames {

    private final Set<String> taken;

    /** A pool in which every name in {@code reserved} is already taken. */
    UniqueNames(Collection<String> reserved) {
        this.taken = new HashSet<>(reserved);
    }

    /** The names for {@code bases} (file stems or slugs), in the same order. */
    static List<String> of(List<String> bases) {
        // Every name's first input keeps it, wherever it stands, before any number is handed out.
        Set<String> firsts = new HashSet<>(bases);
        UniqueNames pool = new UniqueNames(firsts);
        List<String> names = new ArrayList<>(bases.size());
        for (String base : bases) names.add(firsts.remove(base) ? base : pool.claim(base));
        return List.copyOf(names);
    }

    /** {@code base} if it is free, else the next free {@code base-N}; from now on taken. */
    synchronized String claim(String base) {
        if (taken.add(base)) return base;
        int n = 2;
        while (!taken.add(base + "-" + n)) n++;
        return base + "-" + n;
    }
}
