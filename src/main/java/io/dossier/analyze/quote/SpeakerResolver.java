package io.dossier.analyze.quote;

import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Holdings;
import io.dossier.analyze.text.FirstNames;
import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Token;

import io.dossier.model.ActorType;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a cue's subject into a speaker: names to their fullest form in the article ("Nono" → "Taher Al-Nono"),
 * pronouns and definite descriptions ("he", "the senator", "the official") to the nearest fitting antecedent.
 * Call {@link #resolve} in text order and {@link #record} after each attribution: earlier speakers are antecedents.
 */
final class SpeakerResolver {

    /** Heads of descriptions that usually stay anonymous ("the official, who asked not to be named"). */
    private static final Set<String> ANONYMOUS_HEADS = Lexicon.words("anonymous-heads");

    /** How many sentences back a pronoun looks for a speaker or a subject before other rules. */
    static final int SALIENT_SENTENCES = 3;

    private record Said(Speaker speaker, int tok, int paragraph, String head, boolean direct) {
    }

    private final Doc doc;
    private final List<Mention> mentions;
    private final Map<String, Character> genderByKey = new HashMap<>();
    private final List<Said> history = new ArrayList<>();
    private final Map<String, List<Mention>> byKey = new HashMap<>();
    /**
     * What {@link #byKey} says per name and per key, kept as the mentions are read: thousands of bodies may share a
     * surname key ("Acme1 Holdings" … "Acme9000 Holdings"), and scanning their list for every speaker would be
     * quadratic.
     */
    private final Map<String, Mention> byName = new HashMap<>();
    private final Map<String, Mention> firstPersonByKey = new HashMap<>();
    private final Set<String> nonPersonKeys = new java.util.HashSet<>();
    /** The entities the actor pass found to be organizations. */
    private final BitSet organizations = new BitSet();
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    /** The last named person recorded as speaking in each sentence. */
    private final Map<Integer, Said> speakerBySentence = new HashMap<>();

    SpeakerResolver(Doc doc, List<Mention> mentions) {
        this.doc = doc;
        this.mentions = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.gender() != '?') genderByKey.putIfAbsent(m.key(), m.gender());
            if (organization(m) && m.entity() >= 0) organizations.set(m.entity());
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            byName.putIfAbsent(NameRules.lower(m.name()), m);
            if (m.person()) firstPersonByKey.putIfAbsent(m.key(), m);
            else if (m.lastTok() > m.firstTok() || m.body()) nonPersonKeys.add(m.key());
            if (!m.antecedent()) continue;
            this.mentions.add(m);
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
    }

    /** Resolves {@code s}, the subject of a statement anchored at token {@code anchor}. */
    Speaker resolve(Subject s, int anchor) {
        lastPass = null;
        Speaker sp = switch (s.kind()) {
            case NAME -> named(s, anchor);
            case PRONOUN -> pronoun(s.text().toLowerCase(java.util.Locale.ROOT), anchor, s);
            case DESCRIPTION -> description(s, anchor);
        };
        if (sp == null) return null;
        // "Virginia said", a dateline "WASHINGTON —": a state, region or city does not speak (a country or a capital
        // may, for its government)
        if (sp.name() != null && subnationalPlace(sp.name(), sp.entity() >= 0 && organizations.get(sp.entity()))) return Speaker.unnamed(null).withPass("place-refused");
        String how = s.kind().name().toLowerCase(java.util.Locale.ROOT) + (lastPass != null ? "/" + lastPass : "");
        return sp.withPass(how);
    }

    /**
     * Records the speaker of a statement whose cue's subject starts at {@code subjectTok}; {@code direct} when it is
     * a quotation with a cue of its own.
     */
    void record(Speaker sp, int anchor, int subjectTok, boolean direct) {
        int tok = Math.min(anchor, doc.toks.size() - 1);
        Said said = new Said(sp, anchor, doc.toks.get(tok).paragraph(), sp.description() == null ? null : head(sp.description()), direct);
        history.add(said);
        if (sp.name() == null || !speakerPerson(sp.name())) return;
        // "Humphrey said he hopes the effort ends with Kasich claiming the nomination": the sentence's speaker is the
        // first one, not a speaker reported inside what was said; but "When Trump suggested …, Rubio fired back" —
        // a speaker in an opening subordinate clause gives way to the main clause's
        int sent = doc.sentence[tok];
        Said first = speakerBySentence.get(sent);
        if (first == null || openingClause.get(sent)) {
            speakerBySentence.put(sent, said);
            openingClause.set(sent, openingClause(subjectTok, sent));
        }
    }

    /** Sentences whose recorded speaker is the subject of an opening subordinate clause. */
    private final BitSet openingClause = new BitSet();

    /** Is the subject at {@code subjectTok} right after an opening "When", "After", "As" … of its sentence? */
    private boolean openingClause(int subjectTok, int sentence) {
        int k = subjectTok - 1, st = doc.sentenceStart[sentence];
        return subjectTok >= 0 && k >= st && k <= st + 1 && INTRO.contains(doc.toks.get(k).lower());
    }

    /** Words that open an introductory clause or phrase ("When Trump suggested …, Rubio fired back"). */
    private static final Set<String> INTRO = Lexicon.words("intro-words");

    /** The last recorded speaker, if within {@code paragraphs} paragraphs of the anchor. */
    Speaker recent(int anchor, int paragraphs) {
        int tok = Math.min(anchor, doc.toks.size() - 1);
        // "Kaine has adopted the stance of many Catholics: “I’m pro-life …”": a quote with no cue inside a sentence
        // whose subject is a person is that person's
        int here = doc.sentence[tok];
        int hs = mainClause(doc.sentenceStart[here], tok);
        for (Mention m : inSentence(here)) {
            if (m.sentence() == here && m.lastTok() < tok && m.firstTok() >= hs && subjectPosition(m, hs, SUBJ_WINDOW2)
                    && m.person() && doc.inQuote[m.firstTok()] < 0) {
                return Speaker.of(m).withPass("inherited/sentence-subject");
            }
        }
        Said last = history.isEmpty() ? null : history.get(history.size() - 1);
        // a person who is the subject of the sentence just before, and spoke after the last statement:
        // "Valastro praised Christie's leadership.¶ “We need someone who …”"
        int sent = doc.sentence[tok];
        if (sent > 0 && (last == null || doc.sentence[Math.min(last.tok(), doc.toks.size() - 1)] < sent - 1)) {
            int ps = sent - 1;
            int st = doc.sentenceStart[ps];
            if (nonEmptyParagraphsBetween(doc.toks.get(st).paragraph(), doc.toks.get(tok).paragraph()) <= 1) {
                int main = mainClause(st, sentenceEnd(ps));
                for (Mention m : inSentence(ps)) {
                    if (m.sentence() == ps && m.firstTok() >= main && subjectPosition(m, main, SUBJ_WINDOW2) && m.person()) {
                        return Speaker.of(m).withPass("inherited/previous-subject");
                    }
                }
            }
        }
        if (last == null) return null;
        int p = doc.toks.get(tok).paragraph();
        Said quoted = quotedSpeakerThisParagraph(tok);
        if (quoted != null && quoted != last) return quoted.speaker().withPass("inherited/paragraph-quote");
        return narrativeParagraphsBetween(last.paragraph(), p) <= paragraphs ? last.speaker() : null;
    }


    /**
     * "“They are binding,” a spokesman told the paper, after the mayor said he would end the deals. “We will
     * sue.”": a quotation with no cue continues the last quotation of its paragraph, not a statement reported in
     * between; that quotation's speaker, if it came after the paragraph's other statements only by reported speech
     * in the same sentence, else null.
     */
    private Said quotedSpeakerThisParagraph(int tok) {
        int p = doc.toks.get(tok).paragraph();
        for (int h = history.size() - 1; h >= 0; h--) {
            Said sd = history.get(h);
            if (sd.paragraph() != p || sd.tok() > tok) return null;
            if (sd.direct()) return sd;
            // only one reported statement, right after the quotation (in its cue's sentence), is passed over
            if (h == 0 || !history.get(h - 1).direct()
                    || sentenceOf(sd.tok()) > sentenceOf(history.get(h - 1).tok()) + 1) return null;
        }
        return null;
    }

    private int sentenceOf(int tok) {
        return doc.sentence[Math.min(tok, doc.toks.size() - 1)];
    }

    /**
     * Paragraphs from {@code from} to {@code to}, not counting those in between that open with a quotation mark:
     * a run of quoted paragraphs ("“Has the candidate …?¶“Is the candidate …?") keeps its speaker.
     */
    private int narrativeParagraphsBetween(int from, int to) {
        int n = nonEmptyParagraphsBetween(from, to);
        if (n <= 1 || n > 40) return n; // bounded work per quote
        if (quoteParagraph == null) {
            quoteParagraph = new BitSet();
            int prev = -1;
            for (Token t : doc.toks) {
                if (t.paragraph() != prev && SubjectParser.isQuoteMark(t)) quoteParagraph.set(t.paragraph());
                prev = t.paragraph();
            }
        }
        int quoted = 0;
        for (int k = quoteParagraph.nextSetBit(from + 1); k >= 0 && k < to; k = quoteParagraph.nextSetBit(k + 1)) quoted++;
        return n - quoted;
    }

    private BitSet quoteParagraph;

    private int nonEmptyParagraphsBetween(int from, int to) {
        return Math.max(0, doc.paragraphOrdinal[to] - doc.paragraphOrdinal[from]);
    }

    private final Map<String, Mention> fullestCache = new HashMap<>();

    /**
     * The actor a name in a cue's subject names: the actor mentioned right there, else the one whose fullest person
     * mention contains the name ("Nono" → "Taher Al-Nono", preferring a mention before the anchor; cached per name),
     * else the name as written, which no actor answers to yet.
     */
    private Speaker named(Subject s, int anchor) {
        Mention here = mentionAt(s.nameStart(), s.nameEnd());
        if (here != null && here.start() < s.nameStart()) {
            Speaker unnamed = affiliatedWith(here);
            if (unnamed != null) return unnamed;
        }
        if (here != null) return Speaker.of(here);
        String name = Names.stripPossessive(s.name());
        Mention best;
        if (fullestCache.containsKey(name)) {
            best = fullestCache.get(name);
        } else {
            best = fullestMention(name, anchor);
            fullestCache.put(name, best);
        }
        if (best != null && best.person()) return Speaker.of(best);
        Mention same = sameName(name);
        return same != null ? Speaker.of(same) : Speaker.named(name, s.nameStart(), s.nameEnd());
    }

    /**
     * "A spokesperson for the Department for Science, Innovation and Technology said": a cue's subject cut at a comma
     * inside an organization's name is the tail of that name, and the one who speaks works for it, unnamed; the
     * description from the role to the name's end, or null when no role and preposition stand before the name.
     */
    private Speaker affiliatedWith(Mention m) {
        int start = doc.sentenceStart[m.sentence()];
        int from = SubjectParser.affiliatedRole(doc.toks, m.firstTok(), start);
        if (from < 0) return null;
        if (from > start && CueLexicon.DETERMINERS.contains(doc.toks.get(from - 1).lower())) from--;
        return Speaker.unnamed(doc.span(from, m.lastTok()));
    }

    /**
     * The mention that holds the last character of the name at [start, end), or null: "New Hampshire" in "a New
     * Hampshire Democrat" is no mention of the Democrat.
     */
    private Mention mentionAt(int start, int end) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < end) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo - 1; k >= 0 && k >= lo - 4; k--) if (mentions.get(k).end() >= end) return mentions.get(k);
        return null;
    }

    /**
     * A mention written as {@code name} ("Rosneft" named where the actor pass saw no name), else the first person
     * with its surname ("Mr. Nono"), or null.
     */
    private Mention sameName(String name) {
        Mention same = byName.get(NameRules.lower(name));
        if (same != null && same.key().equals(Names.surnameKey(name))) return same;
        return firstPersonByKey.get(Names.surnameKey(name));
    }

    private Mention fullestMention(String name, int anchor) {
        String key = Names.surnameKey(name);
        Mention best = null;
        for (Mention m : byKey.getOrDefault(key, List.of())) {
            if (!m.key().equals(key) || m.name().length() <= name.length()) continue;
            if (!containsWords(m.name(), name)) continue;
            boolean before = m.firstTok() < anchor;
            if (best == null) {
                best = m;
                continue;
            }
            boolean bestBefore = best.firstTok() < anchor;
            if (before && !bestBefore) best = m;
            else if (before == bestBefore && m.name().length() > best.name().length() && !m.name().contains(","))
                best = m;
        }
        return best;
    }

    private static boolean containsWords(String full, String part) {
        String f = " " + NameRules.lower(full).replace('-', ' ') + " ";
        for (String w : NameRules.lower(part).replace('-', ' ').split("\\s+")) {
            if (w.isEmpty() || w.equals("al")) continue;
            if (!f.contains(" " + Names.stripPossessive(w) + " ")) return false;
        }
        return true;
    }

    private char genderOf(String name) {
        Character g = genderByKey.get(Names.surnameKey(name));
        return g == null ? '?' : g;
    }

    private static boolean fits(char want, char have) {
        return want == '?' || have == '?' || want == have;
    }

    private Speaker pronoun(String p, int anchor, Subject s) {
        if (p.equals("he") || p.equals("she")) {
            char want = p.equals("he") ? 'M' : 'F';
            Speaker going = continuing(s) ? goesOn(want, s.firstTok()) : null;
            return going != null ? going : person(want, anchor, s.firstTok());
        }
        if (p.equals("it") || p.equals("they")) {
            Speaker body = body(anchor, s.firstTok(), p.equals("they"));
            if (body != null) return body;
        }
        return Speaker.unnamed(s.text());
    }

    /** How many tokens back a speaker may still go on with "he added": a few paragraphs' worth. */
    private static final int GOES_ON_REACH = 400;

    /** Cues that say the one speaking goes on: "he added", "she continued". */
    private static final Set<String> GOING_ON = Lexicon.words("going-on-cues");

    /** Is the pronoun {@code s} the subject of a cue that goes on with what was being said ("he added")? */
    private boolean continuing(Subject s) {
        int k = s.lastTok() + 1;
        while (k < doc.toks.size() && k - s.lastTok() <= 2 && CueLexicon.filler(doc.toks.get(k))) k++;
        return k < doc.toks.size() && GOING_ON.contains(doc.toks.get(k).lower());
    }

    /**
     * "“There's a ton of bullshit with this job,” he said.¶In that sense, Sandy Hook wasn't just a tragedy. “…,” he
     * added": who adds goes on speaking, so the last person who spoke, in this paragraph or the one before, of the
     * pronoun's gender, is the one, whoever the sentences between are about; else null.
     */
    private Speaker goesOn(char want, int subjectTok) {
        int sent = doc.sentence[Math.min(subjectTok, doc.toks.size() - 1)];
        if (history.isEmpty() || quoteBetween(history.get(history.size() - 1).tok(), doc.sentenceStart[sent])) return null;
        Speaker sp = lastSpeakerNearby(want, sent, doc.toks.get(subjectTok).paragraph(), subjectTok);
        if (sp != null) lastPass = "speaker-goes-on";
        return sp;
    }

    /**
     * Is there a quotation after the token {@code from}, other than the one it stands in, before the token {@code to}
     * (the start of the sentence that adds)? Then someone not recorded may have spoken since ("as Archbishop
     * Shirvanian told the AP, “…” He added"), and the last recorded speaker is not known to go on.
     */
    private boolean quoteBetween(int from, int to) {
        // far back, the last speaker is no longer nearby anyway: say so without scanning the gap
        if (to - from > GOES_ON_REACH) return true;
        int n = doc.toks.size();
        // the statement's own quotation: the anchor may be its opening mark, which stands outside it
        int own = from >= 0 && from < n ? doc.inQuote[from] : -1;
        if (own < 0 && from + 1 < n) own = doc.inQuote[from + 1];
        for (int k = Math.max(0, from); k < Math.min(to, n); k++) {
            if (doc.inQuote[k] >= 0 && doc.inQuote[k] != own) return true;
        }
        return false;
    }

    /**
     * One way of finding the person a "he", "she" or "the senator" refers to; {@link #PERSON_PASSES} tries them in
     * order and the first that answers wins. {@code want} is the gender asked for ('M', 'F' or '?').
     */
    private interface AntecedentPass {
        Speaker find(SpeakerResolver r, char want, int sent, int para, int subjectTok);
    }

    private record Pass(String name, AntecedentPass rule) {
    }

    /** The antecedent passes for a person, most reliable first; each names its example. */
    private static final List<Pass> PERSON_PASSES = List.of(
            // "Abbas spoke first, and he said …": a person who spoke earlier in the same sentence
            new Pass("speaker-same-sentence", SpeakerResolver::speakerSameSentence),
            // "Nono told reporters he …": the first person named earlier in the same sentence
            new Pass("person-same-sentence", SpeakerResolver::personSameSentence),
            // "Clinton spoke in Ohio.¶“…,” she said": the one who speaks, else the subject, of the last sentences
            new Pass("salient-previous-sentences", SpeakerResolver::salientPreviousSentences),
            // the speaker of the last statement in this paragraph or the one before
            new Pass("last-speaker-nearby", SpeakerResolver::lastSpeakerNearby),
            // the first person named in the three sentences before
            new Pass("first-person-previous-sentences", SpeakerResolver::firstPersonPreviousSentences),
            // any earlier speaker, among the last 50 statements
            new Pass("earlier-speaker", SpeakerResolver::earlierSpeaker),
            // the last person named before, within 200 mentions
            new Pass("last-person-named", SpeakerResolver::lastPersonNamed));

    /** The pass that answered the last {@link #person} call, for diagnostics. */
    private String lastPass;

    /** A person antecedent for "he"/"she"/"the senator". */
    private Speaker person(char want, int anchor, int subjectTok) {
        int sent = doc.sentence[Math.min(subjectTok, doc.toks.size() - 1)];
        int para = doc.toks.get(subjectTok).paragraph();
        for (Pass p : PERSON_PASSES) {
            Speaker sp = p.rule().find(this, want, sent, para, subjectTok);
            if (sp != null) {
                lastPass = p.name();
                return sp;
            }
        }
        lastPass = null;
        return null;
    }

    private Speaker speakerSameSentence(char want, int sent, int para, int subjectTok) {
        Said same = speakerBySentence.get(sent);
        return same != null && same.tok() < subjectTok && fits(want, genderOf(same.speaker().name())) ? same.speaker() : null;
    }

    private Speaker personSameSentence(char want, int sent, int para, int subjectTok) {
        List<Mention> ms = inSentence(sent);
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.sentence() == sent && m.firstTok() < subjectTok && m.person() && fits(want, gender(m))
                    && !objectOfRelative(m, subjectTok)) {
                Mention head = roleHead(ms, i);
                if (head != null && head.firstTok() < subjectTok && fits(want, gender(head))) m = head;
                return Speaker.of(m);
            }
        }
        return null;
    }

    /** "swipes at Marco Rubio, who he dubbed “…”": the person a "who" or "whom" clause is about is not its "he". */
    private boolean objectOfRelative(Mention m, int subjectTok) {
        int k = m.lastTok() + 1;
        return k + 2 == subjectTok && doc.toks.get(k).is(",") && (doc.toks.get(k + 1).is("who") || doc.toks.get(k + 1).is("whom"));
    }

    private Speaker salientPreviousSentences(char want, int sent, int para, int subjectTok) {
        for (int back = 1; back <= SALIENT_SENTENCES && sent - back >= 0; back++) {
            int ps = sent - back;
            int st = doc.sentenceStart[ps];
            if (nonEmptyParagraphsBetween(doc.toks.get(st).paragraph(), para) > 1) break;
            Said sd = speakerBySentence.get(ps);
            if (sd != null && fits(want, genderOf(sd.speaker().name()))) return sd.speaker();
            List<Mention> ms = inSentence(ps);
            int open = openingPhraseEnd(ps);
            Mention main = open < 0 ? null : mainClauseSubject(ms, open, want);
            if (main != null) return Speaker.of(main);
            int pron = pronounSubject(ps, want, open);
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (pron >= 0 && m.firstTok() > pron) break;
                if (m.sentence() == ps && subjectPosition(m, st, SUBJ_WINDOW) && m.person() && fits(want, gender(m))) {
                    Mention head = roleHead(ms, i);
                    if (head != null && fits(want, gender(head))) m = head;
                    return Speaker.of(m);
                }
            }
            if (pron >= 0) {
                Speaker chained = chainedPronoun(want, pron);
                if (chained != null) return chained;
            }
        }
        return null;
    }

    /**
     * "He nodded to his finish behind Ted Cruz.¶“We learned a lot,” he said": a sentence whose subject is a "he" or
     * "she" of the wanted gender keeps the person that pronoun refers to in focus (Lappin–Leass: the subject is the
     * most salient, and a pronoun inherits its antecedent's salience); the pronoun's token, or -1.
     */
    private int pronounSubject(int sentence, char want, int open) {
        if (want == '?') return -1;
        int st = doc.sentenceStart[sentence];
        int end = sentenceEnd(sentence);
        for (int k = st; k < end && k <= Math.max(st + SUBJ_WINDOW, open + 1); k++) {
            Token w = doc.toks.get(k);
            if (doc.inQuote[k] >= 0) return -1;
            if (w.is("he") || w.is("she")) {
                if ((w.is("he") ? 'M' : 'F') != want) return -1;
                // the subject opens the sentence, follows an opening phrase ("As for Trump, he …") or a single
                // opening word ("But he", "Often he"); a "he" after "who" or "that" is in a clause of its own
                Token p = k > st ? doc.toks.get(k - 1) : null;
                boolean opens = p == null || p.is(",") || k == st + 1 && p.isWord() && !"PROPN".equals(doc.tag(k - 1));
                return opens ? k : -1;
            }
        }
        return -1;
    }

    /** The token after the last of sentence {@code sentence}. */
    private int sentenceEnd(int sentence) {
        return sentence + 1 < doc.sentenceStart.length ? doc.sentenceStart[sentence + 1] : doc.toks.size();
    }

    /**
     * The comma that closes a sentence's opening phrase or clause ("As a small crowd waited in the ballroom,",
     * "When Maddow pointed out that …,", "Making her way around Chez Vachon,"), or -1 when the sentence opens with
     * no introductory word.
     */
    private int openingPhraseEnd(int sentence) {
        int st = doc.sentenceStart[sentence];
        return participle(st) ? commaAfter(st, sentenceEnd(sentence), 40) : openingComma(st, sentenceEnd(sentence), INTRO, 40);
    }

    /**
     * Does the token open a participle phrase ("Making her way …,", "Pressed on the issue,")? Its subject is the main
     * clause's, so the names inside the phrase are not the one the sentence is about.
     */
    private boolean participle(int k) {
        return doc.verbOpener(k, false) && "VERB".equals(doc.tag(k)) && !doc.toks.get(k).lower().endsWith("ly");
    }

    /**
     * The comma (outside quotation marks, at most {@code reach} tokens in, before {@code limit}) that closes the
     * opening clause of the sentence starting at {@code st}, when one of {@code openers} opens it; else -1.
     */
    private int openingComma(int st, int limit, Set<String> openers, int reach) {
        return openers.contains(doc.toks.get(st).lower()) ? commaAfter(st, limit, reach) : -1;
    }

    /** The first comma outside quotation marks after {@code st}, at most {@code reach} tokens in and before {@code limit}; else -1. */
    private int commaAfter(int st, int limit, int reach) {
        for (int k = st + 1; k < limit && k <= st + reach; k++) {
            if (doc.toks.get(k).is(",") && doc.inQuote[k] < 0) return k;
        }
        return -1;
    }

    /**
     * "As a small crowd waited in a Las Vegas ballroom, Hillary Clinton took to Twitter": the person right after
     * the opening phrase's comma is the sentence's subject, however long the phrase (Hobbs: the main clause's
     * subject before any noun phrase inside the opening clause); that mention, or null.
     */
    private Mention mainClauseSubject(List<Mention> ms, int open, char want) {
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.firstTok() <= open) continue;
            if (m.firstTok() > open + 4 || !m.person() || !fits(want, gender(m))) return null;
            for (int k = open + 1; k < m.firstTok(); k++) {
                Token w = doc.toks.get(k);
                if ("VERB".equals(w.tag()) || "AUX".equals(w.tag()) || SubjectParser.isQuoteMark(w) || w.is(",")) return null;
            }
            Mention head = roleHead(ms, i);
            return head != null && fits(want, gender(head)) ? head : m;
        }
        return null;
    }

    private final Map<Integer, Speaker> chainCache = new HashMap<>();
    private int chainDepth;

    /** The person the subject pronoun at {@code tok} refers to, resolved as that pronoun was (cached; bounded depth). */
    private Speaker chainedPronoun(char want, int tok) {
        if (chainCache.containsKey(tok)) return chainCache.get(tok);
        if (chainDepth > 20) return null;
        chainDepth++;
        String saved = lastPass;
        Speaker sp;
        try {
            sp = person(want, tok, tok);
        } finally {
            chainDepth--;
            lastPass = saved;
        }
        chainCache.put(tok, sp);
        return sp;
    }

    /**
     * "Obama consultant Cornell Belcher", "Trump adviser Roger Stone": a name before a role word modifies the person
     * named after it, who is the subject; that person, or null.
     */
    private Mention roleHead(List<Mention> ms, int i) {
        if (i + 1 >= ms.size()) return null;
        Mention m = ms.get(i), next = ms.get(i + 1);
        int gap = next.firstTok() - m.lastTok() - 1;
        if (next.sentence() != m.sentence() || !next.person() || gap < 1 || gap > 3) return null;
        for (int k = m.lastTok() + 1; k < next.firstTok(); k++) {
            Token w = doc.toks.get(k);
            if (!w.isWord() || w.isCapitalized() && !NameRules.title(w) || "VERB".equals(w.tag()) || "AUX".equals(w.tag())) return null;
        }
        return next;
    }

    private Speaker lastSpeakerNearby(char want, int sent, int para, int subjectTok) {
        for (int h = history.size() - 1; h >= 0; h--) {
            Said sd = history.get(h);
            if (nonEmptyParagraphsBetween(sd.paragraph(), para) > 1) break;
            // "A Conservative Party spokesman said …¶He added: “…”": the unnamed person who spoke last goes on speaking
            if (h == history.size() - 1 && sd.speaker().name() == null && sd.head() != null) {
                char g = spokespersonGender(sd.head());
                if (g == 'X' && anonymousOne(sd)) g = FirstNames.titleGender(sd.head());
                if (g != 'X' && fits(want, g)) return sd.speaker();
            }
            if (sd.speaker().name() != null && fits(want, genderOf(sd.speaker().name())) && speakerPerson(sd.speaker().name())) {
                return sd.speaker();
            }
        }
        return null;
    }

    /** People who speak for or work at an organization ("a spokesman for Rosneft", "an analyst at Otkritie"). */
    private static final Set<String> AFFILIATED = Lexicon.words("affiliated-roles");

    /**
     * The gender an unnamed speaker's head noun gives when it is one person who speaks for or works at a body
     * ("spokeswoman" 'F', "spokesman" 'M', "spokesperson" or "analyst" '?'), or 'X' for anything else ("the report",
     * "officials").
     */
    private static char spokespersonGender(String head) {
        if (plural(head)) return 'X';
        // "One senior underwriter, who asked not to be named, said …¶“…,” he said": an anonymous source that is one
        // person goes on speaking, as a spokesman does (not "the former secretary of state": a definite role names
        // someone named before)
        boolean one = AFFILIATED.contains(head) || ONE_PERSON_HEADS.contains(head);
        return one ? FirstNames.titleGender(head) : 'X';
    }

    /**
     * "One engineer at a large monitoring company, who asked not to be named, told the BBC …¶“…,” he said": a source
     * that opens with "one", "a" or "another" and asks not to be named is one person whatever its trade, unless its
     * head is a document, a medium or a body ("a statement", "a company"). (Without the anonymity, "One questioner
     * asked Trump …¶“…,” he said" is Trump answering.)
     */
    private boolean anonymousOne(Said sd) {
        String description = sd.speaker().description(), head = sd.head();
        String first = description.substring(0, Math.max(0, description.indexOf(' '))).toLowerCase(java.util.Locale.ROOT);
        if (!(first.equals("one") || first.equals("a") || first.equals("an") || first.equals("another")) || plural(head)
                || DOCUMENTS.contains(head) || SPEECH_MEDIA.contains(head) || GROUP_NOUNS.contains(head)
                || ORGANIZATION_NOUNS.contains(head)) return false;
        int sent = doc.sentence[Math.min(sd.tok(), doc.toks.size() - 1)];
        for (int k = doc.sentenceStart[sent]; k < sentenceEnd(sent); k++) {
            Token w = doc.toks.get(k);
            if (w.is("anonymity")) return true;
            // "who asked not to be named", "who declined to be identified"
            if ((w.is("named") || w.is("identified")) && k >= 2 && doc.toks.get(k - 1).is("be")) return true;
        }
        return false;
    }

    private static final Set<String> GROUP_NOUNS = Lexicon.words("group-nouns");
    private static final Set<String> ORGANIZATION_NOUNS = Lexicon.words("organization-nouns");

    /** The anonymous-source nouns that stand for one person ("a source", "a diplomat", "one witness"). */
    private static final Set<String> ONE_PERSON_HEADS = Lexicon.words("one-person-sources");

    private Speaker firstPersonPreviousSentences(char want, int sent, int para, int subjectTok) {
        for (int back = 1; back <= 3; back++) {
            List<Mention> ms = inSentence(sent - back);
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (m.sentence() == sent - back && m.person() && fits(want, gender(m))) {
                    Mention head = roleHead(ms, i);
                    if (head != null && fits(want, gender(head))) m = head;
                    return Speaker.of(m);
                }
            }
        }
        return null;
    }

    private Speaker earlierSpeaker(char want, int sent, int para, int subjectTok) {
        for (int h = history.size() - 1; h >= 0 && h >= history.size() - 50; h--) {
            Said sd = history.get(h);
            if (sd.speaker().name() != null && fits(want, genderOf(sd.speaker().name())) && speakerPerson(sd.speaker().name())) {
                return sd.speaker();
            }
        }
        return null;
    }

    private Speaker lastPersonNamed(char want, int sent, int para, int subjectTok) {
        int last = lastMentionBefore(subjectTok);
        for (int k = last; k >= 0 && k > last - 200; k--) {
            Mention m = mentions.get(k);
            if (m.firstTok() < subjectTok && m.person() && fits(want, gender(m))) {
                return Speaker.of(m);
            }
        }
        return null;
    }

    private static final int SUBJ_WINDOW = 12, SUBJ_WINDOW2 = 4;

    /**
     * Is the mention the likely subject of its sentence: near the start and not inside a prepositional phrase
     * or a possessive ("Speaking in Beijing, Foreign Ministry spokesman Lu Kang repeated …")?
     */
    private boolean subjectPosition(Mention m, int sentenceStart, int window) {
        if (m.firstTok() > sentenceStart + window) return false;
        int k = m.firstTok() - 1;
        while (k >= sentenceStart && NameRules.title(doc.toks.get(k))) k--;
        if (k < sentenceStart) return true;
        Token p = doc.toks.get(k);
        return !(CueLexicon.PREPOSITIONS.contains(p.lower()) || p.is("by") || p.is("against") || p.is("and")
                || p.is("than") || p.is("as") || p.is("like") || p.is("unlike"));
    }

    /**
     * Where the main clause of the sentence starting at {@code st} begins, looking no further than {@code limit}:
     * after the comma that closes an opening subordinate clause ("When Wallace died in 1998, President Clinton
     * released the following statement:"), whose names are not the sentence's subject; else {@code st}.
     */
    private int mainClause(int st, int limit) {
        int comma = openingComma(st, limit, SUBORDINATORS, 29);
        return comma < 0 ? st : comma + 1;
    }

    /** Words that open a subordinate clause ("When", "Although", "Because"). */
    private static final Set<String> SUBORDINATORS = Lexicon.words("subordinators");

    private List<Mention> inSentence(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    private int lastMentionBefore(int tok) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).firstTok() < tok) lo = mid + 1;
            else hi = mid;
        }
        return lo - 1;
    }

    private char gender(Mention m) {
        return m.gender() != '?' ? m.gender() : genderOf(m.name());
    }

    /**
     * A place that is no country or capital, by the gazetteer or by the actor pass's type ("the West End"): it is
     * never "the company" nor any other body that speaks.
     */
    private static boolean localPlace(Mention m) {
        return subnationalPlace(m.name(), organization(m)) || m.place() && Gazetteer.get().lookup(Names.stripPossessive(m.name().strip())) == null;
    }

    /** Did the actor pass find the name an organization's? */
    private static boolean organization(Mention m) {
        return m.body() && !m.place();
    }

    /**
     * A state, region or city by the gazetteer, or a name ending in a place's head word unless the actor pass found
     * the name an organization's ({@code organization}: "the Pine Ridge R-IV School District" is a body, for all its
     * "District").
     */
    private static boolean subnationalPlace(String name, boolean organization) {
        Gazetteer.Entry e = Gazetteer.get().lookup(Names.stripPossessive(name.strip()));
        if (e == null) {
            String titled = name.length() > 1 && NameRules.allCaps(name)
                    ? name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT) : null;
            e = titled == null ? null : Gazetteer.get().lookup(titled);
        }
        if (e == null) {
            // "Stewart Island", "Whangārei Harbour": a name that ends in a place's head word is a place ("Stuart Hall"
            // speaks, "Royal Festival Hall" does not)
            return !organization && Gazetteer.get().namedLikePlace(name.strip().split("\\s+"));
        }
        return e.type() == ActorType.PLACE && !e.kind().equals("country") && !e.kind().equals("capital");
    }


    /** A named speaker is a person unless the name is an organisation's or a place's ("Fox News said"). */
    private boolean speakerPerson(String name) {
        // cached: a name that speaks thousands of times must not rescan its mentions each time
        return personByName.computeIfAbsent(name, n -> isPerson(n) || !NameRules.orgOrPlace(n) && !mentionedAsNonPerson(n));
    }

    private final Map<String, Boolean> personByName = new HashMap<>();

    /** Is the name, in some mention, an organization's or a place's ("Arm", "Fox News"), whose "he" or "she" it never is? */
    private boolean mentionedAsNonPerson(String name) {
        return nonPersonKeys.contains(Names.surnameKey(name));
    }

    private boolean isPerson(String name) {
        return firstPersonByKey.containsKey(Names.surnameKey(name));
    }

    /**
     * An organisation or place antecedent for "it"/"they": the body opening the previous sentence (or the one before);
     * else the one organisation the previous sentence names ("The cable is owned by Føroya Tele. In a statement, it
     * said"). A capitalised opener no pass typed ("Traffic has been moved …") is no antecedent.
     */
    private Speaker body(int anchor, int subjectTok, boolean plural) {
        int sent = doc.sentence[subjectTok];
        for (int back = 1; back <= 2 && sent - back >= 0; back++) {
            int st = doc.sentenceStart[sent - back];
            for (Mention m : inSentence(sent - back)) {
                if (m.sentence() != sent - back) continue;
                if (m.firstTok() <= st + 1 && m.body()) {
                    if (plural && !NameRules.lower(m.name()).endsWith("s")) break;
                    return Speaker.of(m);
                }
                break;
            }
            if (back == 1 && !plural) {
                Mention only = onlyOrganization(sent - 1);
                if (only != null) return Speaker.of(only);
            }
        }
        return null;
    }

    /** The one organisation named outside quotation marks in the sentence, when it names no other body or person. */
    private Mention onlyOrganization(int sentence) {
        Mention only = null;
        for (Mention m : inSentence(sentence)) {
            if (m.sentence() != sentence || !m.antecedent()) continue;
            if (m.person()) return null;
            if (!m.body()) continue;
            if (m.place() || (only != null && only.entity() != m.entity())) return null;
            only = m;
        }
        return only;
    }

    /** Heads that make a description an organisation's ("the company", "the fund", "the ministry"). */
    private static final Set<String> ORGANIZATION_WORDS = Lexicon.organizationWords();
    /** A state's bodies named by the nation's adjective ("the Israeli military"): see MentionFinder. */
    private static final Set<String> NATIONAL_BODIES = Lexicon.NATIONAL_BODIES;

    /** The person or organisation named at the start of the sentence, before {@code subjectTok}, or null. */
    private Speaker sentenceOpener(int subjectTok) {
        int sent = doc.sentence[Math.min(subjectTok, doc.toks.size() - 1)];
        int st = doc.sentenceStart[sent];
        List<Mention> ms = inSentence(sent);
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.sentence() != sent || m.firstTok() >= subjectTok) continue;
            if (!subjectPosition(m, st, SUBJ_WINDOW) || subnationalPlace(m.name(), organization(m))) return null;
            // "American Bridge President Jessica Mackler issued a statement": the person the title names
            Mention head = roleHead(ms, i);
            return Speaker.of(head != null && head.firstTok() < subjectTok ? head : m);
        }
        return null;
    }

    /** "The Unite union said": the body the description itself names, or null. */
    private Speaker bodyNamedIn(Subject s) {
        for (Mention m : inSentence(doc.sentence[s.firstTok()])) {
            // "The South Korean electronics giant": a people's name is what the body is, not who it is
            if (m.firstTok() > s.firstTok() && m.lastTok() < s.lastTok() && !m.person() && !localPlace(m)
                    && !Gazetteer.get().isDemonym(m.name())) {
                return Speaker.of(m);
            }
        }
        return null;
    }

    /**
     * "Qatar's foreign ministry said": an organization whose name is the whole subject phrase, or null; a place's
     * name ("the Israeli military" may be written as a place's) only when {@code places}.
     */
    private Speaker wholeBodyName(Subject s, boolean places) {
        for (Mention m : inSentence(doc.sentence[s.firstTok()])) {
            int first = doc.toks.get(s.firstTok()).is("the") ? s.firstTok() + 1 : s.firstTok(); // "The Israeli military"
            if ((m.firstTok() == s.firstTok() || m.firstTok() == first) && m.lastTok() == s.lastTok() && m.body() && !m.person()
                    && (places || !m.place()) && m.name().contains(" ")) {
                return Speaker.of(m);
            }
        }
        return null;
    }

    /**
     * "The tweet from Vulture magazine reads", "a fundraising email sent out by Sanders": a text from or by someone
     * named in the subject phrase is theirs; null when none is named so.
     */
    private Speaker authorNamedIn(Subject s) {
        for (Mention m : inSentence(doc.sentence[s.firstTok()])) {
            if (m.firstTok() <= s.firstTok() || m.lastTok() > s.lastTok() || subnationalPlace(m.name(), organization(m))) continue;
            int k = m.firstTok() - 1;
            if (doc.toks.get(k).is("the") && k > s.firstTok()) k--;
            if (doc.toks.get(k).is("from") || doc.toks.get(k).is("by")) return Speaker.of(m);
        }
        return null;
    }

    /** The first non-person name near the start of this sentence (before {@code subjectTok}) or of the two before. */
    private Speaker organizationSubject(int subjectTok, String head) {
        int sent = doc.sentence[Math.min(subjectTok, doc.toks.size() - 1)];
        for (int back = 0; back <= 2 && sent - back >= 0; back++) {
            int ps = sent - back;
            int st = doc.sentenceStart[ps];
            for (Mention m : inSentence(ps)) {
                if (m.sentence() != ps || back == 0 && m.firstTok() >= subjectTok) continue;
                // "Mining giant Glencore": a lone capitalised common word opening the sentence is no name, unless the
                // article names it again ("Halcor will appeal. Halcor said … In a statement, the miner said")
                // "Traffic has been moved on to the remaining cable, which the company said …": nor is a word no pass
                // typed that opens the sentence, where every word has a capital
                boolean name = m.lastTok() > m.firstTok() || "PROPN".equals(doc.tag(m.firstTok())) && (m.body() || m.firstTok() > st)
                        || NameRules.allCaps(m.name()) || byKey.getOrDefault(m.key(), List.of()).size() >= 2;
                // "broke up over Siberia", "opened at the Apollo": the object of a preposition is no subject
                int before = m.firstTok() - 1;
                if (before > st && "DET".equals(doc.tag(before))) before--;
                boolean object = before >= st && m.firstTok() > st && "ADP".equals(doc.tag(before));
                boolean subject = !object && subjectPosition(m, st, SUBJ_WINDOW) || heldIn(m, st);
                Gazetteer.Entry known = Gazetteer.get().lookup(m.name());
                if (name && !m.person() && subject && !localPlace(m) && known == null) {
                    return Speaker.of(m);
                }
                // "The World Food Programme said … “…,” the agency said": a known organization nearer than any other
                // is not passed over for an older one; it is the one meant when the description names its kind
                // ("Hezbollah … the group said": a militant group), else the description stays unnamed
                if (name && subject && known != null && known.type() == ActorType.ORGANIZATION) {
                    return describesKind(known.kind(), head) ? Speaker.of(m) : null;
                }
            }
        }
        return null;
    }

    /**
     * Does the description's head name the known organization's kind: a word of it ("Hezbollah" is a "militant
     * group"), or a noun for any company when it is one ("Samsung … the electronics giant", "the firm"; not "the
     * airline", which a company the list does not call an airline may not be)?
     */
    private static boolean describesKind(String kind, String head) {
        return java.util.Arrays.asList(kind.split(" ")).contains(head) || kind.equals("company") && ANY_COMPANY.contains(head);
    }

    private static final Set<String> ANY_COMPANY = Set.of("company", "firm", "group", "giant", "conglomerate", "business", "corporation");

    /**
     * "… the Ministry of Health said it had launched a campaign. ¶ “We are working …,” the ministry said": the
     * nearest organisation named in the last sentences whose name has the description's head word is the one meant,
     * or that an appositive called by it ("Sandia Sky Rides, a family-owned company … the company said").
     */
    private Speaker organizationWithHead(String head, int subjectTok) {
        int sent = doc.sentence[Math.min(subjectTok, doc.toks.size() - 1)];
        for (int ps = sent; ps >= 0 && ps >= sent - HEAD_NAMED_SENTENCES; ps--) {
            List<Mention> ms = inSentence(ps);
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mention m = ms.get(i);
                if (m.sentence() != ps || m.firstTok() >= subjectTok || m.person() || localPlace(m)) continue;
                if (m.lastTok() > m.firstTok() && nameHasWord(m, head) || appositiveHead(m.lastTok(), head)) return Speaker.of(m);
            }
        }
        return null;
    }

    /**
     * When nothing nearer is meant, the article's one organisation with the description's head word in its name
     * ("the Pine Ridge R-IV School District" … many paragraphs on … "the district said"); with two, neither is.
     */
    private Speaker onlyOrganizationWithHead(String head, int subjectTok) {
        Mention[] firstTwo = bodiesByWord().get(head);
        if (firstTwo == null || firstTwo[0].firstTok() >= subjectTok) return null;
        return firstTwo[1] != null && firstTwo[1].firstTok() < subjectTok ? null : Speaker.of(firstTwo[0]);
    }

    private Map<String, Mention[]> bodiesByWord;

    /**
     * For each lower-case word, the first mention of a name of two words or more that holds it and is no person's
     * and no local place's, and the first mention of another such entity: read once, so that "the district said"
     * a thousand times does not rescan the article's names a thousand times.
     */
    private Map<String, Mention[]> bodiesByWord() {
        if (bodiesByWord == null) {
            bodiesByWord = new HashMap<>();
            for (Mention m : mentions) {
                if (m.person() || m.lastTok() == m.firstTok() || localPlace(m)) continue;
                for (String w : NameRules.lower(m.name()).split("\\s+")) {
                    Mention[] two = bodiesByWord.computeIfAbsent(w, k -> new Mention[2]);
                    if (two[0] == null) two[0] = m;
                    else if (two[1] == null && two[0].entity() != m.entity()) two[1] = m;
                }
            }
        }
        return bodiesByWord;
    }

    private static boolean nameHasWord(Mention m, String word) {
        for (String w : m.name().split("\\s+")) if (w.equalsIgnoreCase(word)) return true;
        return false;
    }

    /** Words an appositive may set between its article and its noun: "a family-owned sightseeing company". */
    private static final int APPOSITIVE_MODIFIERS = 3;

    /** Does ", a … {@code head}" follow the name ending at {@code last}, outside quotation marks? */
    private boolean appositiveHead(int last, String head) {
        int k = last + 1;
        if (k + 2 >= doc.toks.size() || !doc.toks.get(k).is(",") || !(doc.toks.get(k + 1).is("a") || doc.toks.get(k + 1).is("an"))) {
            return false;
        }
        for (int j = k + 2; j < doc.toks.size() && j <= k + 2 + APPOSITIVE_MODIFIERS; j++) {
            Token w = doc.toks.get(j);
            if (doc.inQuote[j] >= 0 || !w.isWord() || w.isCapitalized() || w.is("of")) return false;
            if (w.lower().equals(head)) return true;
        }
        return false;
    }

    /**
     * "…, its lead producer Halcyon & Vane said on Tuesday.¶In a statement, the company said …": the body that made
     * the last statement, in this paragraph or the one before, is the one its kind describes next; null when the last
     * statement was a person's or nobody's.
     */
    private Speaker lastBodySpeaker(int anchor) {
        int para = doc.toks.get(Math.min(anchor, doc.toks.size() - 1)).paragraph();
        for (int h = history.size() - 1; h >= 0; h--) {
            Said sd = history.get(h);
            if (sd.tok() >= anchor) continue;
            Speaker sp = sd.speaker();
            boolean body = sp.name() != null && sp.entity() >= 0 && !speakerPerson(sp.name());
            return body && nonEmptyParagraphsBetween(sd.paragraph(), para) <= 1 ? sp : null;
        }
        return null;
    }

    /** How far back "the ministry" looks for the Ministry of Health: a few paragraphs of news. */
    private static final int HEAD_NAMED_SENTENCES = 6;

    /** Titled works and documents ("the film", "the report", "the ruling"). */
    private static final Set<String> WORKS = Lexicon.words("work-nouns");
    private static final Set<String> DOCUMENTS = Lexicon.words("document-nouns");

    /**
     * "Shares in Rolls-Royce rose after the engine maker said …": the company whose shares open the sentence is
     * what the story's "the company" is.
     */
    private boolean heldIn(Mention m, int sentenceStart) {
        int k = m.firstTok();
        return k - 2 >= sentenceStart && k - 2 <= sentenceStart + 2 && Holdings.held(doc.toks, k);
    }

    /** What a statement is made in ("a statement", "a new radio ad", "Trump's tweet"). */
    private static final Set<String> SPEECH_MEDIA = Lexicon.words("speech-media");

    private Speaker description(Subject s, int anchor) {
        String d = s.text();
        String first = d.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        // "He criticized Clinton’s record, saying …", "he’d seen …": a clause the subject phrase ran into; its "he"
        // or "she" is the speaker
        String opener = first.replaceFirst("['’](d|s|ll)$", "");
        if (opener.equals("he") || opener.equals("she")) return person(opener.equals("he") ? 'M' : 'F', anchor, s.firstTok());
        String head = head(d);
        // "the group's media office said": an organization's own office speaks for it, so the owner is the head
        String[] w = d.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (w.length >= 3 && w[0].equals("the") && Names.endsInPossessive(w[1])
                && ORGANIZATION_WORDS.contains(head) && ORGANIZATION_WORDS.contains(Names.stripPossessive(w[1]))) {
            head = Names.stripPossessive(w[1]);
        }
        // "His office released a statement saying …": whoever opens the sentence issued it and speaks
        if (SPEECH_MEDIA.contains(head)) {
            Speaker issuer = sentenceOpener(s.firstTok());
            if (issuer == null) issuer = pronounIssuer(s.firstTok(), anchor);
            if (issuer != null) return issuer;
        }
        if (textHead(head)) {
            Speaker author = authorNamedIn(s);
            if (author != null) return author;
        }
        // "Qatar's foreign ministry said", "the Israeli military said", "The Conservatives said": a description that is
        // an organization's whole name is that organization (a place's only after a body's word)
        boolean bodyWord = ORGANIZATION_WORDS.contains(head) || NATIONAL_BODIES.contains(head);
        Speaker wholeName = wholeBodyName(s, bodyWord);
        if (wholeName != null) return wholeName;
        boolean definite = first.equals("the") || first.equals("this") || first.equals("that");
        if (!definite) return Speaker.unnamed(d);
        // "In an emailed statement, Ridgeline said …¶“…,” the statement said": the statement just named is its issuer's
        if (SPEECH_MEDIA.contains(head) && d.split("\\s+").length == 2) {
            Speaker issuer = issuerOfLast(head, anchor);
            if (issuer != null) return issuer;
        }
        // "the report says", "the ad's narrator says", "The piece goes on": a text speaks, not a person named before
        if (textHead(head)) return Speaker.unnamed(d);
        // "the company said", "the sovereign wealth fund said": an organisation's word never stands for a person;
        // it is the organisation named as a subject in this sentence or the two before, else it stays unnamed
        if (ORGANIZATION_WORDS.contains(head)) {
            Speaker org = bodyNamedIn(s);
            // "… the Ministry of Water Resources said.¶Salinity reached …, according to the ministry": a body named
            // with the description's head word is meant before the nearest subject
            if (org == null) org = organizationWithHead(head, s.firstTok());
            if (org == null) org = organizationSubject(s.firstTok(), head);
            if (org == null) org = lastBodySpeaker(anchor);
            if (org == null) org = onlyOrganizationWithHead(head, s.firstTok());
            return org != null ? org : Speaker.unnamed(d);
        }
        for (int h = history.size() - 1; h >= 0 && h >= history.size() - 50; h--) {
            Said sd = history.get(h);
            if (sd.head() != null && sameHead(sd.head(), head)) return Speaker.unnamed(sd.speaker().description());
        }
        if (ANONYMOUS_HEADS.contains(head) || plural(head) || organizationsOwn(s) || introducedUnnamed(head, s.firstTok())) {
            return Speaker.unnamed(d);
        }
        Speaker p = person('?', anchor, s.firstTok());
        return p != null ? p : Speaker.unnamed(d);
    }

    /**
     * "The woman … told the BBC through a friend that …¶“…,” the friend said": "the friend" is the one the last
     * sentences introduced as "a friend", no one named; so for any head "a" or "an" set before in the two sentences
     * before this one or in it, outside quotations.
     */
    private boolean introducedUnnamed(String head, int subjectTok) {
        int sent = doc.sentence[Math.min(subjectTok, doc.toks.size() - 1)];
        int from = doc.sentenceStart[Math.max(0, sent - 2)];
        for (int k = from + 1; k < subjectTok; k++) {
            Token w = doc.toks.get(k);
            if (doc.inQuote[k] < 0 && w.lower().equals(head) && (doc.toks.get(k - 1).is("a") || doc.toks.get(k - 1).is("an"))) return true;
        }
        return false;
    }

    /**
     * "the Guardian's critic", "the BBC's correspondent": someone an organization's possessive describes is its
     * unnamed member, as "a spokesman for X" is, not a person named before.
     */
    private boolean organizationsOwn(Subject s) {
        for (Mention m : inSentence(doc.sentence[s.firstTok()])) {
            if (m.firstTok() < s.firstTok() || m.lastTok() >= s.lastTok() || !m.body() || m.person()) continue;
            Token next = m.lastTok() + 1 < doc.toks.size() ? doc.toks.get(m.lastTok() + 1) : null;
            if (doc.toks.get(m.lastTok()).endsInPossessive() || next != null && next.possessive()) return true;
        }
        return false;
    }

    /**
     * "Hours later, she issued a statement calling …": the "he" or "she" right before the verb that issued the
     * statement, resolved as a pronoun; null when no such pronoun is there.
     */
    private Speaker pronounIssuer(int descriptionTok, int anchor) {
        int st = doc.sentenceStart[doc.sentence[Math.min(descriptionTok, doc.toks.size() - 1)]];
        for (int k = descriptionTok - 1; k >= st && k >= descriptionTok - 3; k--) {
            Token w = doc.toks.get(k);
            if (w.is("he") || w.is("she")) return person(w.is("he") ? 'M' : 'F', anchor, k);
            if (!w.isWord() || w.isCapitalized()) return null;
        }
        return null;
    }

    /**
     * The named speaker of the last statement, in this paragraph or the one before, whose sentence names the same
     * medium ("statement", "email") outside quotation marks; null when there is none.
     */
    private Speaker issuerOfLast(String medium, int anchor) {
        int para = doc.toks.get(Math.min(anchor, doc.toks.size() - 1)).paragraph();
        for (int h = history.size() - 1; h >= 0; h--) {
            Said sd = history.get(h);
            if (nonEmptyParagraphsBetween(sd.paragraph(), para) > 1) break;
            if (sd.tok() >= anchor) continue;
            if (namesMedium(doc.sentence[Math.min(sd.tok(), doc.toks.size() - 1)], medium)) {
                return sd.speaker().name() != null ? sd.speaker() : null;
            }
        }
        // "Westvale said …¶In a letter to members, the co-operative blamed “…”¶“…,” the letter said": a medium named in
        // the sentence just before, with no statement of its own there, is the last speaker's if that one spoke in the
        // medium's paragraph or the one before it
        int sent = doc.sentence[Math.min(anchor, doc.toks.size() - 1)];
        if (sent == 0 || !namesMedium(sent - 1, medium)) return null;
        int mediumPara = doc.toks.get(doc.sentenceStart[sent - 1]).paragraph();
        for (int h = history.size() - 1; h >= 0; h--) {
            Said sd = history.get(h);
            if (sd.tok() >= anchor) continue;
            boolean near = doc.sentence[Math.min(sd.tok(), doc.toks.size() - 1)] < sent - 1
                    && nonEmptyParagraphsBetween(sd.paragraph(), mediumPara) <= 1;
            return near && sd.speaker().name() != null ? sd.speaker() : null;
        }
        return null;
    }

    /** Does the sentence name the medium ("letter") outside its quotations? */
    private boolean namesMedium(int sent, String medium) {
        for (int k = doc.sentenceStart[sent]; k < sentenceEnd(sent); k++) {
            if (doc.inQuote[k] < 0 && doc.toks.get(k).is(medium)) return true;
        }
        return false;
    }

    private static boolean textHead(String head) {
        return SPEECH_MEDIA.contains(head) || WORKS.contains(head) || DOCUMENTS.contains(head);
    }

    /**
     * Is the description a text that speaks for itself ("the petition", "a footnote in the report", "one such
     * document")? Not when an owner opens it ("Hoff's letter", "his memo"): the owner wrote it.
     */
    static boolean ownerlessText(String description) {
        String first = description.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        if (first.endsWith("'s") || first.endsWith("’s") || first.endsWith("s'") || POSSESSIVES.contains(first)) return false;
        return textHead(head(description));
    }

    private static final Set<String> POSSESSIVES = Lexicon.words("possessive-determiners");

    private static boolean plural(String w) {
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") || w.equals("people");
    }

    private static boolean sameHead(String a, String b) {
        return a.equals(b) || (a + "s").equals(b) || (b + "s").equals(a);
    }

    /** The head noun of a description: the word before the first preposition or clause word, else the last word. */
    static String head(String d) {
        String[] w = d.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+");
        for (int i = 1; i < w.length; i++) {
            if (CueLexicon.PREPOSITIONS.contains(w[i]) || w[i].equals("familiar") || w[i].equals("who")) {
                return Names.stripPossessive(w[i - 1]);
            }
        }
        return Names.stripPossessive(w[w.length - 1]);
    }
}
