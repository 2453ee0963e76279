package io.dossier.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One output name per input, never two inputs to one name. Each name's first input keeps it
 * ({@code a.md} → {@code a}); later inputs with the same name get the next free number
 * ({@code a.json} → {@code a-2}), skipping names another input has of its own: with
 * {@code a.md}, {@code a.json} and {@code a-2.txt}, {@code a-2.txt} keeps {@code a-2} and
 * {@code a.json} becomes {@code a-3}.
 */
final class UniqueNames {

    private UniqueNames() {
    }

    /** The names for {@code bases} (file stems or slugs), in the same order. */
    static List<String> of(List<String> bases) {
        String[] names = new String[bases.size()];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.length; i++) {
            if (taken.add(bases.get(i))) names[i] = bases.get(i);
        }
        Map<String, Integer> next = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) continue;
            String base = bases.get(i);
            int n = next.getOrDefault(base, 2);
            while (!taken.add(base + "-" + n)) n++;
            names[i] = base + "-" + n;
            next.put(base, n + 1);
        }
        return List.of(names);
    }

    /**
     * Names handed out later, as the inputs they name are read (a web page whose address says
     * nothing is named after its title, known only once fetched): the base if free, else the
     * next free {@code base-N}, never a name the planned inputs have.
     */
    static final class Pool {
        private final Set<String> taken;

        Pool(java.util.Collection<String> planned) {
            this.taken = new HashSet<>(planned);
        }

        synchronized String claim(String base) {
            if (taken.add(base)) return base;
            int n = 2;
            while (!taken.add(base + "-" + n)) n++;
            return base + "-" + n;
        }
    }
}
