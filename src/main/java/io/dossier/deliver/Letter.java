package io.dossier.deliver;

import io.dossier.compose.Dossier;

import java.util.List;

/**
 * What the email templates ({@code templates/email/}) show, as {@code m}: the marking, the title
 * and a line under it, and for each article (one, or a book's) its composed {@link Dossier}, from
 * which the templates take the bottom line, key points, key quotes with their speakers and the
 * top actors; the attached file's name.
 */
public record Letter(String subject, String marking, String title, String lede, boolean book,
                     List<Dossier> articles, String fileName, boolean withJson, String generatedAt) {
}
