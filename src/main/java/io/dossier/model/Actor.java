package io.dossier.model;

import java.util.List;

/** One real-world entity named in the article, with every surface form as an alias. */
public record Actor(String id, String name, ActorType type, List<String> aliases, int mentions,
                    double salience, String role, String affiliation) {

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
