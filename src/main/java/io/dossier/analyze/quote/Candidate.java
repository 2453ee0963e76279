package io.dossier.analyze.quote;

import io.dossier.model.ActorType;

/**
 * A mention of one of the article's actors, as the actor pass found it: the only names a speaker is chosen among,
 * so that every named speaker is an actor. {@code start}/{@code end} are its character offsets, {@code entity} the
 * index of its actor and {@code entityName} that actor's name (its fullest form in the article); {@code type} is
 * null for a lone name the actor pass could not type, and {@code vouched} says whether anything besides capitals
 * (a known name, a title, a role) vouches for the actor.
 */
public record Candidate(int start, int end, int entity, String entityName, ActorType type, boolean vouched) {
}
