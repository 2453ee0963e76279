package io.dossier.model;

/** A key figure quoted in the article, with the words around it. */
public record Figure(String value, String context) {
}
