package io.dossier.analyze;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Gazetteer;

import io.dossier.analyze.text.Token;

import io.dossier.analyze.text.Sentence;

import io.dossier.model.ActorType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds what an actor is and whom they belong to, from the words around a mention:
 * titles before a name ("Hamas media official Taher Al-Nono"), appositives after it
 * ("Khalil Al-Hayya, the group's … negotiator"), before it ("Fatah's second-in-command, Mahmoud Al-Aloul"),
 * "led by", and possessives ("Abbas's Fatah party").
 */
final class RoleFinder {

    /** Who owns a token in a sentence: the entity of each mention, looked up by token index. */
    interface Owners {
        Entity at(int sentence, int token);

        /** The nearest organization mentioned before this token, in this sentence or the one before. */
        Entity organizationBefore(int sentence, int token);
    }

    private static final Set<String> GROUP_NOUNS = Lexicon.words("group-nouns");
    private static final Set<String> APPOSITIVE_STOP = Set.of(",", ".", ";", ":", ")", "(", "\"", "\u201C", "\u201D", "who", "which", "that");

    private final Gazetteer gaz = Gazetteer.get();
    private final List<Sentence> sentences;
    private final Owners owners;

    RoleFinder(List<Sentence> sentences, Owners owners) {
        this.sentences = sentences;
        this.owners = owners;
    }

    void fill(Entity e) {
        for (Mention m : e.mentions) {
            if (m.weak()) continue;
            if (e.type == ActorType.PERSON) person(e, m);
            else if (e.type == ActorType.ORGANIZATION && e.role == null) e.role = groupDescription(m);
            if (e.role != null && e.affiliation != null) return;
        }
    }

    private void person(Entity e, Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        if (e.role == null) prefix(e, m, t);
        if (e.role == null) appositiveAfter(e, m, t);
        if (e.role == null) appositiveBefore(e, m, t);
        if (e.affiliation == null) ledBy(e, m, t);
        if (e.affiliation == null) possessive(e, m, t);
    }

    /** "Hamas media official Taher Al-Nono", "Palestinian President Mahmoud Abbas". */
    private void prefix(Entity e, Mention m, List<Token> t) {
        int end = m.firstToken() - 1;
        while (end >= 0 && gaz.isHonorific(t.get(end).text())) end--;
        if (end < 0 || !gaz.isRoleHead(t.get(end).text())) return;
        int begin = end;
        Entity org = null;
        for (int k = end - 1; k >= 0; k--) {
            Token u = t.get(k);
            Entity owner = owners.at(m.sentence(), k);
            if (owner != null && owner != e && owner.type != ActorType.PERSON) {
                if (owner.type == ActorType.ORGANIZATION && org == null) org = owner;
                begin = k;
            } else if (gaz.isRoleHead(u.text()) || gaz.isRoleModifier(u.text()) || gaz.isDemonym(u.text()) || u.text().endsWith("-based")) {
                begin = k;
            } else {
                break;
            }
        }
        e.role = singular(text(t, begin, end));
        if (e.affiliation == null && org != null) e.affiliation = org.name;
    }

    /** "Khalil Al-Hayya, the group's Qatar-based second-in-command and chief negotiator, …". */
    private void appositiveAfter(Entity e, Mention m, List<Token> t) {
        int k = m.lastToken() + 1;
        if (k >= t.size() || !t.get(k).text().equals(",")) return;
        int begin = k + 1;
        int end = begin;
        boolean head = false;
        while (end < t.size() && end - begin < 14 && !APPOSITIVE_STOP.contains(t.get(end).text().toLowerCase(Locale.ROOT))) {
            Token u = t.get(end);
            if (isVerb(u)) return;
            if (gaz.isRoleHead(u.text())) head = true;
            end++;
        }
        if (!head || end == begin || "ADP".equals(t.get(begin).tag()) || t.get(begin).is("along")) return;
        describe(e, m, t, begin, end - 1);
    }

    /** "Fatah's second-in-command, Mahmoud Al-Aloul". */
    private void appositiveBefore(Entity e, Mention m, List<Token> t) {
        int comma = m.firstToken() - 1;
        if (comma < 2 || !t.get(comma).text().equals(",")) return;
        int begin = comma - 1;
        boolean head = false;
        while (begin >= 0 && comma - begin <= 8) {
            Token u = t.get(begin);
            if (APPOSITIVE_STOP.contains(u.text().toLowerCase(Locale.ROOT)) || isVerb(u) || "ADP".equals(u.tag())) break;
            if (gaz.isRoleHead(u.text())) head = true;
            if (u.possessive()) {
                begin--;
                break;
            }
            begin--;
        }
        begin++;
        if (!head) return;
        // only with an owner ("Fatah's ...") or a determiner: otherwise this may be a list of names
        int owner = ownerEnd(t, begin, comma - 1);
        if (owner < 0 && !t.get(begin).is("the")) return;
        describe(e, m, t, begin, comma - 1);
    }

    /** Fills role (and affiliation from an owner like "the group's" / "Fatah's") from tokens [a, b]. */
    private void describe(Entity e, Mention m, List<Token> t, int a, int b) {
        if (t.get(a).is("the") || t.get(a).is("a") || t.get(a).is("an")) a++;
        int pos = ownerEnd(t, a, b);
        if (pos >= 0) {
            Entity org = owners.at(m.sentence(), pos - 1);
            if (org == null && GROUP_NOUNS.contains(t.get(pos - 1).text().toLowerCase(Locale.ROOT)))
                org = owners.organizationBefore(m.sentence(), m.firstToken());
            if (org != null && org.type == ActorType.ORGANIZATION && e.affiliation == null) e.affiliation = org.name;
            a = pos + 1;
        }
        if (a > b) return;
        e.role = text(t, a, b);
    }

    /** Index of the "'s" in "the group's" / "Fatah's" at the start of [a, b], or -1. */
    private static int ownerEnd(List<Token> t, int a, int b) {
        for (int k = a; k <= Math.min(b, a + 3); k++) if (t.get(k).possessive()) return k;
        return -1;
    }

    /** "The Hamas delegation is led by Khalil Al-Hayya". */
    private void ledBy(Entity e, Mention m, List<Token> t) {
        int k = m.firstToken();
        if (k < 2 || !t.get(k - 1).is("by") || !(t.get(k - 2).is("led") || t.get(k - 2).is("headed"))) return;
        for (int j = k - 3; j >= 0; j--) {
            Entity owner = owners.at(m.sentence(), j);
            if (owner != null && owner.type == ActorType.ORGANIZATION) {
                e.affiliation = owner.name;
                return;
            }
        }
    }

    /** "Mahmoud Abbas's Fatah party". */
    private void possessive(Entity e, Mention m, List<Token> t) {
        int k = m.lastToken() + 1;
        if (k + 1 >= t.size() || !t.get(k).possessive()) return;
        Entity owner = owners.at(m.sentence(), k + 1);
        if (owner != null && owner.type == ActorType.ORGANIZATION) e.affiliation = owner.name;
    }

    /** "the Islamist group Hamas" → "Islamist group". */
    private String groupDescription(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        int end = m.firstToken() - 1;
        if (end < 1 || !GROUP_NOUNS.contains(t.get(end).text().toLowerCase(Locale.ROOT))) return null;
        int begin = end;
        while (begin - 1 >= 0 && ("ADJ".equals(t.get(begin - 1).tag()) || gaz.isDemonym(t.get(begin - 1).text())
                || (t.get(begin - 1).isCapitalized() && "PROPN".equals(t.get(begin - 1).tag()) && owners.at(m.sentence(), begin - 1) == null))) begin--;
        if (begin == end) return null; // "the group Hamas" says nothing
        return text(t, begin, end);
    }

    /** "Senators Charles E. Grassley …" gives each senator the role "Senator". */
    private String singular(String role) {
        if (role.length() > 3 && role.endsWith("s") && !role.endsWith("ss") && gaz.isRoleHead(role.substring(0, role.length() - 1)))
            return role.substring(0, role.length() - 1);
        if (role.endsWith("Sens.") || role.endsWith("Reps.")) return role.substring(0, role.length() - 2) + ".";
        return role;
    }

    private static boolean isVerb(Token u) {
        return ("VERB".equals(u.tag()) || "AUX".equals(u.tag())) && u.text().indexOf('-') < 0;
    }

    private String text(List<Token> t, int a, int b) {
        return join(t, a, b);
    }

    /** The words as written, with the original spacing collapsed to single spaces and possessives glued. */
    static String join(List<Token> t, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k <= b; k++) {
            Token u = t.get(k);
            if (sb.length() > 0 && !u.possessive() && !(k > a && t.get(k - 1).end() == u.start())) sb.append(' ');
            sb.append(u.text());
        }
        return sb.toString();
    }
}
