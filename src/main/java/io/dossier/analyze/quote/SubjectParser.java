package io.dossier.analyze.quote;

import io.dossier.analyze.text.Gazetteer;
import io.dossier.analyze.text.Lexicon;
import io.dossier.analyze.text.Names;
import io.dossier.analyze.text.QuoteSpan;

import io.dossier.analyze.text.Token;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the subject phrase of a cue: before it ("Nono said") or after it ("said the official"). */
final class SubjectParser {

    private static final java.util.Set<String> ANONYMOUS_HEADS = Lexicon.words("anonymous-heads");

    private static final Set<String> STOPS = Lexicon.words("subject-stops");

    private static final Set<String> FORWARD_STOPS = Lexicon.union(Lexicon.words("subject-forward-stops"), Lexicon.WEEKDAYS);

    private final Doc doc;

    /** For each token, the first token of the longest actor's mention that ends there, or -1. */
    private final int[] mentionStartAt;

    SubjectParser(Doc doc, List<Mention> mentions) {
        this.doc = doc;
        this.mentionStartAt = new int[doc.toks.size()];
        java.util.Arrays.fill(mentionStartAt, -1);
        for (Mention m : mentions) {
            int b = m.lastTok();
            if (mentionStartAt[b] < 0 || m.firstTok() < mentionStartAt[b]) mentionStartAt[b] = m.firstTok();
        }
    }

    /**
     * "…, the Securities and Exchange Commission said", "the England and Wales Cricket Board said": the name the
     * subject phrase ends with is the whole of the actor's mention that ends there, though the phrase stopped at an
     * "and" inside it.
     */
    private Subject wholeMention(Subject s, int lo) {
        if (s == null || s.kind() != Subject.Kind.NAME) return s;
        int b = doc.firstTokenAtOrAfter(s.nameEnd()) - 1;
        if (b < 0 || b >= mentionStartAt.length) return s;
        int a = mentionStartAt[b];
        if (a <= lo || a >= s.firstTok() || doc.sentence[a] != doc.sentence[b]) return s;
        for (int k = a; k < s.firstTok(); k++) if (doc.inQuote[k] >= 0) return s;
        List<Token> t = doc.toks;
        int first = a - 1 > lo && t.get(a - 1).is("the") ? a - 1 : a; // the phrase opens with its article, as chunkBefore's do
        // "a spokesperson for the Department for Science, Innovation and Technology", "experts of Washington's Institute
        // for Science and International Security": the whole name is where the speaker works, which the rules after
        // this one settle as they did the name's tail
        if (first - 1 > lo && (CueLexicon.PREPOSITIONS.contains(t.get(first - 1).lower()) || t.get(first - 1).endsInPossessive())) return s;
        return new Subject(Subject.Kind.NAME, doc.span(first, s.lastTok()), doc.span(a, b), t.get(a).start(), s.nameEnd(), first, s.lastTok());
    }

    /** The subject ending just before cue token {@code cue}, using only tokens after {@code lo}. */
    Subject before(int cue, int lo) {
        List<Token> t = doc.toks;
        int j = cue - 1;
        while (j > lo && (CueLexicon.filler(t.get(j)) || NameRules.calendar(t.get(j))
                || t.get(j).is("on") && j + 1 < cue && NameRules.calendar(t.get(j + 1)))) j--;
        int adverbial = adverbialPhrase(j, lo);
        if (adverbial >= 0) {
            j = adverbial;
            while (j > lo && CueLexicon.filler(t.get(j))) j--;
        }
        if (j <= lo) return null;
        if (t.get(j).text().equals(")")) {
            int k = j - 1;
            while (k > lo && k > j - 12 && !t.get(k).text().equals("(")) k--;
            if (k <= lo || !t.get(k).text().equals("(")) return null;
            j = k - 1;
            if (j <= lo) return null;
        }
        // "Grace Hemsley, the author of “Going Viral,” said": the appositive's comma inside a quoted title
        if (j - 1 > lo && isQuoteMark(t.get(j)) && t.get(j - 1).is(",") && shortQuoteAt(j)) j--;
        Token last = t.get(j);
        if (CueLexicon.SUBJECT_PRONOUNS.contains(last.lower())) {
            return new Subject(Subject.Kind.PRONOUN, last.text(), null, -1, -1, j, j);
        }
        if ((last.is("who") || last.is(",")) && j - 1 > lo) {
            // appositive or relative clause: "X, the group's chief, said" / "X, who ..., said" / "X, who said"
            int comma = last.is(",") ? previousComma(j - 1, lo) : (t.get(j - 1).is(",") ? j - 1 : -1);
            if (comma < 0) return null;
            Subject opening = sentenceOpeningName(j, lo);
            if (opening != null) return opening;
            if (last.is(",")) {
                Subject described = openingDescriptionWithClause(j, lo);
                if (described != null) return described;
            }
            Subject s = chunkBefore(beforeParenthesis(comma - 1, lo), lo);
            // "The local MP, Ruth Ellery, said": a role written in capitals is no name, the appositive is
            if (s != null && s.kind() == Subject.Kind.NAME && !insideModifier(s) && !NameRules.title(t.get(s.lastTok()))) return s;
            // "Carson's business manager, Armstrong Williams, said": the name is the appositive
            if (last.is(",") && comma + 1 <= j - 1 && NameRules.nameWord(t.get(comma + 1))) {
                Subject app = classify(comma + 1, j - 1);
                if (app != null && app.kind() == Subject.Kind.NAME && app.nameStart() == t.get(comma + 1).start()
                        || app != null && app.kind() == Subject.Kind.NAME && NameRules.title(t.get(comma + 1))) return app;
            }
            return s != null && s.kind() == Subject.Kind.NAME ? headPersonOr(s, lo) : null;
        }
        Subject s = wholeMention(chunkBefore(j, lo), lo);
        if (s == null) s = relativeClauseHead(j, lo);
        return s != null && s.kind() == Subject.Kind.NAME && insideModifier(s) ? headPersonOr(s, lo) : s;
    }

    /**
     * "a White House official who spoke anonymously to discuss internal strategy said": when the words before the
     * cue are the end of a "who" clause with no comma around it, the subject is the phrase the clause describes;
     * that phrase, or null.
     */
    private Subject relativeClauseHead(int j, int lo) {
        List<Token> t = doc.toks;
        for (int k = j; k > lo + 1 && j - k < 12; k--) {
            Token w = t.get(k);
            if (!w.isWord() || doc.inQuote[k] >= 0) return null;
            if (w.is("who")) return chunkBefore(k - 1, lo);
        }
        return null;
    }

    /**
     * Is the name phrase the object of a preposition or the tail of a longer name ("… president of the Washington
     * Restaurant Association", "Institute for Science and International Security")? Such a name is where the speaker
     * works or comes from, never the subject of the cue.
     */
    private boolean insideModifier(Subject s) {
        List<Token> t = doc.toks;
        int p = doc.firstTokenAtOrAfter(s.nameStart()) - 1;
        while (p >= 0 && (t.get(p).is("the") || NameRules.function(t.get(p)) && t.get(p).isCapitalized())) p--; // "of Our Principles PAC"
        if (p < 1 || t.get(p).isCapitalized()) return false;
        // "a resident of nearby Troon", "a trader from neighbouring Jordan": an adjective between the preposition and
        // the name leaves it the preposition's object
        if (("ADJ".equals(t.get(p).tag()) || "ADV".equals(t.get(p).tag())) && p >= 2 && MODIFIER_OPENERS.contains(t.get(p - 1).lower())) p--;
        Token w = t.get(p);
        if (w.is("and")) return NameRules.nameWord(t.get(p - 1)) && !NameRules.function(t.get(p - 1));
        // "Institute for Science", and a role's charge: "Qatar's special envoy for Lebanon", "the ambassador to Syria"
        if (w.is("for") || w.is("to")) return t.get(p - 1).isWord() && !NameRules.function(t.get(p - 1));
        return MODIFIER_OPENERS.contains(w.lower());
    }

    /**
     * "Anthony Anton, president and CEO of the Washington Restaurant Association stated", "Katie Packer, who is chairman
     * of Our Principles PAC said", "experts Serena Kelleher-Vergantini of Washington's Institute for …, wrote": the
     * person whom the affiliation {@code s} describes — the nearest person's name before it that an appositive
     * comma or "of", "from", "at", "with" follows — else {@code s}.
     */
    private Subject headPersonOr(Subject s, int lo) {
        List<Token> t = doc.toks;
        int ss = Math.max(doc.sentenceStart[doc.sentence[s.firstTok()]], lo + 1);
        int name = doc.firstTokenAtOrAfter(s.nameStart());
        for (int k = name - 2; k >= ss && k > name - 20; k--) {
            Token tk = t.get(k);
            if (doc.inQuote[k] >= 0 || isQuoteMark(tk) || tk.is(";") || tk.is(":")) break;
            if (!NameRules.nameWord(tk)) continue;
            int a = k;
            while (a - 1 >= ss && (NameRules.nameWord(t.get(a - 1)) || NameRules.connector(t.get(a - 1)))) a--;
            Token next = t.get(k + 1);
            if (next.is(",") || MODIFIER_OPENERS.contains(next.lower())) {
                int[] n = NameRules.trimRun(t, a, k);
                if (n != null && (n[1] > n[0] || n[0] > a) && NameRules.personLike(t, a, n[0], n[1])) {
                    Subject p = classify(a, k);
                    if (p != null && p.kind() == Subject.Kind.NAME) return p;
                }
            }
            k = a;
        }
        return s;
    }

    /**
     * "Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said": the name that opens
     * the sentence and is followed by a comma, when only appositives lie between it and the cue.
     */
    private Subject sentenceOpeningName(int j, int lo) {
        List<Token> t = doc.toks;
        // "“It’s an invasion,” Scott Pruitt, the attorney general of Oklahoma, said": the clause opens after the quote
        int ss = Math.max(doc.sentenceStart[doc.sentence[j]], lo + 1);
        boolean afterQuote = false;
        while (ss < j && (doc.inQuote[ss] >= 0 || isQuoteMark(t.get(ss)) || afterQuote && t.get(ss).is(","))) {
            afterQuote = true;
            ss++;
        }
        if (ss >= j) return null;
        int comma = openingComma(ss, j);
        if (comma < 0 || comma == j) return null;
        for (int k = comma; k <= j; k++) {
            Token tk = t.get(k);
            // "Hemsley, the co-author of “Going Viral,” about …, said": a title in quotation marks is part of the appositive
            if (shortQuoteAt(k)) continue;
            if ((tk.is("which") || tk.is("who")) && t.get(k - 1).is(",")) {
                // "…, which represents New York City educators, said": a relative clause inside the appositives
                int next = k + 1;
                while (next < j && !t.get(next).is(",") && doc.inQuote[next] < 0) next++;
                if (next > j || !t.get(next).is(",")) return null;
                k = next;
                continue;
            }
            if (doc.inQuote[k] >= 0 || CueLexicon.quoteCue(t, k) || tk.is(";") || STOPS.contains(tk.lower()) && !tk.is("and")) return null;
        }
        // "Warrington's MP, Catherine Ashdown-Reyes, said": a role, even in capitals, is no name; the appositive is
        if (NameRules.title(t.get(comma - 1))) return null;
        Subject s = classify(ss, comma - 1);
        if (s == null || s.kind() != Subject.Kind.NAME) return null;
        for (int k = ss; k < comma && t.get(k).start() < s.nameStart(); k++) {
            if (!NameRules.nameWord(t.get(k)) || NameRules.function(t.get(k))) return null; // "Ohio Gov. John Kasich,"
        }
        return s;
    }

    /** Is token {@code k} inside (or a mark of) a closed quotation of fewer than {@link QuoteExtractor#FRAGMENT_WORDS} words? */
    private boolean shortQuoteAt(int k) {
        int q = doc.inQuote[k] >= 0 ? doc.inQuote[k] : isQuoteMark(doc.toks.get(k)) ? doc.quoteOfMark(k) : -1;
        if (q < 0) return false;
        QuoteSpan qs = doc.quotes.get(q);
        return qs.closed() && QuoteExtractor.words(doc.text, qs.start(), qs.end()) < QuoteExtractor.FRAGMENT_WORDS;
    }

    /**
     * "An Israeli official, speaking on condition of anonymity because the talks were private, said", "A spokeswoman for
     * Salt River Project, which supplies water to the city, said": a description opening the sentence, then a clause set
     * off by commas that opens with a participle, "who" or "which" — the speaker is the description. {@code j} is the comma before the cue.
     */
    private Subject openingDescriptionWithClause(int j, int lo) {
        List<Token> t = doc.toks;
        int ss = Math.max(doc.sentenceStart[doc.sentence[j]], lo + 1);
        int comma = openingComma(ss, j);
        if (comma < 0 || comma + 1 >= j || j - comma > 30) return null;
        Token opener = t.get(comma + 1);
        String w = opener.lower();
        boolean clause = w.equals("who") || w.equals("which") || !opener.isCapitalized() && w.endsWith("ing") && "VERB".equals(opener.tag());
        if (!clause) return null;
        for (int k = ss; k < j; k++) {
            Token tk = t.get(k);
            if (doc.inQuote[k] >= 0 || isQuoteMark(tk) || tk.is(";") || tk.is(":")) return null;
        }
        if (!CueLexicon.DETERMINERS.contains(t.get(ss).lower())) return null;
        Subject s = classify(ss, comma - 1);
        return s != null && s.kind() == Subject.Kind.DESCRIPTION ? s : null;
    }

    /**
     * The comma that closes the phrase opening the sentence at {@code ss} (within its first words, before {@code j}),
     * or -1. Up to a dozen words: "One senior sports director from a rival team, who …".
     */
    private int openingComma(int ss, int j) {
        for (int k = ss + 1; k < j && k < ss + 12; k++) if (doc.toks.get(k).is(",")) return k;
        return -1;
    }

    /** "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the token before a closing parenthesis group. */
    private int beforeParenthesis(int j, int lo) {
        List<Token> t = doc.toks;
        if (j <= lo || !t.get(j).is(")")) return j;
        for (int k = j - 1; k > lo && k > j - 8; k--) if (t.get(k).is("(")) return k - 1;
        return j;
    }

    private int previousComma(int from, int lo) {
        for (int k = from; k > lo && k > from - 30; k--) {
            Token tk = doc.toks.get(k);
            if (shortQuoteAt(k)) continue;
            if (tk.is(",")) return k;
            if (tk.isSentenceEnd() || tk.is(";") || doc.inQuote[k] >= 0 || !tk.isWord() && isQuoteMark(tk)) return -1;
        }
        return -1;
    }

    static boolean isQuoteMark(Token t) {
        String s = t.text();
        return s.length() == 1 && "\"“”«»„‘’".indexOf(s.charAt(0)) >= 0;
    }

    /** The noun phrase ending at token j (inclusive), not reaching back to lo. */
    Subject chunkBefore(int j, int lo) {
        List<Token> t = doc.toks;
        if (j <= lo) return null;
        int i = j;
        int first = j + 1;
        while (i > lo && j - i < 14) {
            Token tk = t.get(i);
            if (!tk.isWord() && !Character.isDigit(tk.text().charAt(0)) && !tk.text().equals("&")) break;
            if (doc.inQuote[i] >= 0) break;
            String w = tk.lower();
            if (i < j && STOPS.contains(w)) {
                int whole = tk.is("and") ? rolesOfOnePerson(i, first, j, lo) : -1;
                if (whole >= 0) first = whole;
                break;
            }
            if (i == j && !tk.isCapitalized() && (STOPS.contains(w) || CueLexicon.DETERMINERS.contains(w))) return null;
            first = i;
            if (CueLexicon.DETERMINERS.contains(w) && i < j) {
                if (i - 1 > lo && CueLexicon.PREPOSITIONS.contains(t.get(i - 1).lower()) && !t.get(i - 1).isCapitalized()) {
                    i--;
                    continue;
                }
                break;
            }
            i--;
        }
        if (first > j) return null;
        return classify(first, j);
    }

    /**
     * "Beck, who has in the past described Trump as …": a short prepositional phrase between an auxiliary, a pronoun
     * or "who" and the cue modifies the verb, not a noun ("a spokesman for the company said" keeps its phrase); the
     * token before it, or -1.
     */
    private int adverbialPhrase(int j, int lo) {
        List<Token> t = doc.toks;
        for (int k = j; k > lo && j - k < 5; k--) {
            Token w = t.get(k);
            // a verb or "that" inside makes it a clause ("to have her ask", "in Michigan that Clinton once described")
            if (!w.isWord() || doc.inQuote[k] >= 0 || w.is("that") || "VERB".equals(doc.tag(k)) || "AUX".equals(doc.tag(k))) return -1;
            if (!CueLexicon.PREPOSITIONS.contains(w.lower())) continue;
            if (k == j || w.isCapitalized() || w.is("to")) return -1;
            Token before = t.get(k - 1);
            String tag = doc.tag(k - 1);
            boolean verbSide = CueLexicon.filler(before) && ("ADV".equals(tag) || "AUX".equals(tag)) || before.is("who")
                    || before.is("which") || CueLexicon.SUBJECT_PRONOUNS.contains(before.lower());
            return verbSide ? k - 1 : -1;
        }
        return -1;
    }

    /**
     * Does the phrase starting at {@code a} open as no noun phrase does: with a preposition ("who in the past described
     * Trump as …") or a verb's plain or third-person form ("those who discuss internal strategy said")? It then
     * names no one who speaks. (A participle may open one: "striking workers said", "retired officers warned".)
     */
    private boolean notNounPhrase(int a) {
        Token first = doc.toks.get(a);
        String w = first.lower();
        if (CueLexicon.PREPOSITIONS.contains(w)) return true;
        return "VERB".equals(doc.tag(a)) && !w.endsWith("ing") && !w.endsWith("ed");
    }

    /**
     * "the former secretary of state and current Democratic presidential nominee said", "the Florida senator and
     * Republican presidential candidate said": one article before two roles joined by "and" ({@code and}), the second
     * ({@code toks[second..end]}) without its own, describes one person, so the subject is the whole phrase; the first
     * token of that phrase, its "the", or -1 when the roles are not written so ("the mayor and the governor", "the
     * balance and they", "the Parks and Recreation Department").
     */
    private int rolesOfOnePerson(int and, int second, int end, int lo) {
        List<Token> t = doc.toks;
        if (end - second < 1 || t.get(end).isCapitalized() || CueLexicon.DETERMINERS.contains(t.get(second).lower())
                || CueLexicon.SUBJECT_PRONOUNS.contains(t.get(second).lower())) return -1;
        int k = and - 1;
        if (k <= lo || !t.get(k).isWord() || t.get(k).isCapitalized()) return -1;
        for (; k > lo && and - k <= ROLE_WORDS; k--) {
            Token tk = t.get(k);
            if (tk.is("the")) return k;
            if (!tk.isWord() || doc.inQuote[k] >= 0 || STOPS.contains(tk.lower()) || CueLexicon.DETERMINERS.contains(tk.lower())) return -1;
        }
        return -1;
    }

    /** The most words of the first role in {@link #rolesOfOnePerson}: "the independent Vermont senator". */
    private static final int ROLE_WORDS = 6;

    /** Classifies the phrase toks[a..b]: a trailing run of capitalised words is a name, else a description. */
    Subject classify(int a, int b) {
        List<Token> t = doc.toks;
        if (a == b && CueLexicon.SUBJECT_PRONOUNS.contains(t.get(a).lower())) {
            return new Subject(Subject.Kind.PRONOUN, t.get(a).text(), null, -1, -1, a, b);
        }
        // "He’s predicting …": a pronoun with a contracted verb
        if (a == b && t.get(a).lower().matches("(he|she|they|it)['’]s")) {
            String p = t.get(a).text().substring(0, t.get(a).text().length() - 2);
            return new Subject(Subject.Kind.PRONOUN, p, null, -1, -1, a, b);
        }
        int r = b;
        while (r >= a && (NameRules.nameWord(t.get(r)) || NameRules.connector(t.get(r)) && r < b)) r--;
        int runStart = r + 1;
        if (runStart <= b && NameRules.nameWord(t.get(b)) && !affiliation(runStart, a) && !authorOf(runStart, a)) {
            int[] n = NameRules.trimRun(t, runStart, b);
            // "Sen. Jeff Merkley of Oregon" → the name before "of", unless it is a title ("Secretary of State ...")
            if (runStart - 2 >= a && t.get(runStart - 1).is("of") && NameRules.nameWord(t.get(runStart - 2))
                    && !NameRules.title(t.get(runStart - 2))) {
                int e2 = runStart - 2;
                int s2 = e2;
                while (s2 - 1 >= a && NameRules.nameWord(t.get(s2 - 1))) s2--;
                int[] n2 = NameRules.trimRun(t, s2, e2);
                if (n2 != null) n = n2;
            }
            // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies", "Stacy Baker of Columbia,
            // South Carolina": the phrase's head is the person named first; what follows "of" is where they are from
            if (n != null) {
                int[] person = personBeforeModifier(a, n[0]);
                if (person != null) n = person;
            }
            // "Speaking in Ohio, …": a verb opening the sentence is not part of a name
            if (n != null && doc.verbOpener(n[0], n[0] == n[1])) n = n[0] < n[1] ? new int[] {n[0] + 1, n[1]} : null;
            // "Analysts said …", "Officials say …": a lone capitalised word that heads unnamed sources is a description
            if (n != null && n[0] == n[1] && (t.get(n[0]).lower().endsWith("s") || t.get(n[0]).is("police"))
                    && (ANONYMOUS_HEADS.contains(t.get(n[0]).lower()) || pluralNounOpener(n[0]))) n = null; // "Police said …": a plural noun
            // "Another said …", "Many argue …": a determiner standing alone is no name; "one senior Democrat said",
            // "the Swiss told reporters", "the 36-year-old Scot said": nor is a party or nationality word after the
            // words that describe it
            if (n != null && n[0] == n[1] && (CueLexicon.DETERMINERS.contains(t.get(n[0]).lower())
                    || n[0] > a && (PARTY_WORDS.contains(t.get(n[0]).lower()) || nationality(t.get(n[0]))))) {
                return new Subject(Subject.Kind.DESCRIPTION, doc.span(a, b), null, -1, -1, a, b);
            }
            // "One resident of nearby Troon", "a teacher from Leeds": a name after a common noun and its preposition
            // is where the one described lives or works; the phrase is a description
            if (n != null && placeOfDescribed(a, n[0], n[1])) return new Subject(Subject.Kind.DESCRIPTION, doc.span(a, b), null, -1, -1, a, b);
            if (n != null) {
                String name = doc.span(n[0], n[1]);
                return new Subject(Subject.Kind.NAME, doc.span(a, b), name, t.get(n[0]).start(), t.get(n[1]).end(), a, b);
            }
        }
        // description: must have a lower-case head noun
        Token head = t.get(b);
        if (head.isCapitalized() && !t.get(b).isWord()) return null;
        // "the 46-year-old": an age is a person's description
        boolean age = age(head);
        if (!head.isWord() && !age || CueLexicon.DETERMINERS.contains(head.lower()) || NameRules.function(head)) return null;
        if (notNounPhrase(a)) return null;
        return new Subject(Subject.Kind.DESCRIPTION, doc.span(a, b), null, -1, -1, a, b);
    }

    /**
     * Is the name at {@code nameStart..nameEnd} the object of "from", "in" or "near" after a common noun ("a teacher
     * from Leeds"), or of "of" when it names a place ("resident of nearby Troon"; not "footage of Hillary Clinton")?
     */
    private boolean placeOfDescribed(int a, int nameStart, int nameEnd) {
        List<Token> t = doc.toks;
        int p = nameStart - 1;
        if (p >= a && (t.get(p).is("the") || !t.get(p).isCapitalized() && ("ADJ".equals(t.get(p).tag()) || "ADV".equals(t.get(p).tag())))) p--;
        if (p - 1 < a || !PLACE_OF.contains(t.get(p).lower())) return false;
        io.dossier.analyze.text.Gazetteer gaz = io.dossier.analyze.text.Gazetteer.get();
        String name = doc.span(nameStart, nameEnd);
        io.dossier.analyze.text.Gazetteer.Entry e = gaz.lookup(name);
        boolean place = e != null && e.type() == io.dossier.model.ActorType.PLACE || gaz.isTown(name);
        if (t.get(p).is("of") && !place) return false;
        Token noun = t.get(p - 1);
        // (not a role before a body: "director of the Harbor Workers Union" is where the person named before works;
        // but "the senator from Vermont" is a senator, whom the place only describes)
        return !noun.isCapitalized() && "NOUN".equals(noun.tag()) && !AFFILIATED.contains(noun.lower())
                && (place || !gaz.isRoleHead(noun.text()));
    }

    private static final Set<String> PLACE_OF = Set.of("of", "from", "in", "near");

    /** Words that attach an affiliation or origin to a name ("Lewis of the center", "Baker, 52, from Ohio"). */
    private static final Set<String> MODIFIER_OPENERS = Set.of("of", "from", "at", "with");

    /**
     * A person's name (two or more capitalised words, or one after a title) earlier in toks[a..end), followed by
     * "of", "from", "at" or "with" (or a comma before them): the head of the phrase, with the rest its modifier.
     */
    private int[] personBeforeModifier(int a, int end) {
        List<Token> t = doc.toks;
        for (int k = a; k < end; k++) {
            if (!NameRules.nameWord(t.get(k))) continue;
            int r = k;
            while (r + 1 < end && (NameRules.nameWord(t.get(r + 1)) || NameRules.connector(t.get(r + 1)))) r++;
            int next = r + 1;
            while (next < end && (t.get(next).is(",") || Character.isDigit(t.get(next).text().charAt(0)))) next++;
            if (next < end && MODIFIER_OPENERS.contains(t.get(next).lower())) {
                int[] n = NameRules.trimRun(t, k, r);
                if (n != null && NameRules.personLike(t, k, n[0], n[1]) && (n[1] > n[0] || n[0] > k)) return n;
            }
            k = r;
        }
        return null;
    }

    /** The subject right after cue token {@code cueEnd} ("said the official", "said Jim Clyburn, a ..."). */
    Subject after(int cueEnd, int hi) {
        List<Token> t = doc.toks;
        int i = cueEnd + 1;
        if (i >= hi) return null;
        Token first = t.get(i);
        if (CueLexicon.SUBJECT_PRONOUNS.contains(first.lower())) {
            return new Subject(Subject.Kind.PRONOUN, first.text(), null, -1, -1, i, i);
        }
        // "said Wednesday that …": a day is when it was said, not who said it
        if (NameRules.calendar(first)) return null;
        // "said in an interview of Trump": a prepositional phrase, not the one who said it
        if (!first.isCapitalized() && (CueLexicon.PREPOSITIONS.contains(first.lower()) || FORWARD_STOPS.contains(first.lower()))) {
            return null;
        }
        int j = i;
        while (j < hi && j - i < 10) {
            Token tk = t.get(j);
            if (!tk.isWord() && !tk.text().equals("&") && !ordinal(tk) && !numberPart(j)) break;
            if (doc.inQuote[j] >= 0) break;
            if (j > i && FORWARD_STOPS.contains(tk.lower()) && !(tk.is("of") || tk.is("for"))
                    && !(AFFILIATION_PREPOSITIONS.contains(tk.lower()) && AFFILIATED.contains(t.get(j - 1).lower()))
                    && !titlesJoined(j, hi)) break;
            // "said Stephen Vladeck of the University of Texas": the name comes first, "of …" is his affiliation
            if (j > i && (tk.is("of") || tk.is("for")) && first.isCapitalized() && NameRules.nameWord(t.get(j - 1))
                    && !NameRules.title(t.get(j - 1))) break;
            if (j > i && NameRules.calendar(tk)) break;
            // "said China opposed the sanctions": a verb inside makes the words a clause, not who said it
            if (j > i && finiteVerb(j) && !roleBeforeName(j)) return null;
            j++;
        }
        if (j == i) return null;
        // "said Trump had “…”", "said the White House would respond": a verb right after the phrase makes it the
        // subject of the reported clause, not the one who said it
        if (j < hi && finiteVerb(j)) return null;
        Subject s = classify(i, j - 1);
        if (s == null) return null;
        if (s.kind() == Subject.Kind.DESCRIPTION && !CueLexicon.DETERMINERS.contains(first.lower())
                && !first.isCapitalized() && !plural(t.get(j - 1))) {
            return null;
        }
        if (s.kind() == Subject.Kind.DESCRIPTION) {
            // "said Rubio’s deputy campaign manager, Rich Beeson, who …": the appositive names the speaker
            Subject app = appositiveName(j, hi);
            if (app != null) return app;
        }
        return s;
    }

    /**
     * The name of two words or more set off by commas right after a description ending at {@code comma - 1} ("Trump’s
     * Virginia state director, Mike Rubino, reached out"), perhaps after a lower-case role ("Clinton's introducer,
     * actress Jamie Lee Curtis"), or null.
     */
    private Subject appositiveName(int comma, int hi) {
        List<Token> t = doc.toks;
        if (comma + 1 >= hi || !t.get(comma).is(",")) return null;
        int from = comma + 1;
        while (from < hi && from - comma <= 2 && t.get(from).isWord() && !t.get(from).isCapitalized()
                && !NameRules.function(t.get(from)) && !CueLexicon.DETERMINERS.contains(t.get(from).lower())) from++;
        int e = from;
        while (e < hi && e - from < 4 && (NameRules.nameWord(t.get(e)) || NameRules.connector(t.get(e)))) e++;
        boolean closes = e >= hi || t.get(e).is(",") || t.get(e).isSentenceEnd();
        Subject app = e > from && closes ? classify(comma + 1, e - 1) : null;
        return app != null && app.kind() == Subject.Kind.NAME && e - 1 > from ? app : null;
    }

    /**
     * "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": an "and" after a title
     * word, before a capitalised word, joins two titles of one person.
     */
    private boolean titlesJoined(int j, int hi) {
        List<Token> t = doc.toks;
        return t.get(j).is("and") && NameRules.title(t.get(j - 1)) && t.get(j - 1).isCapitalized()
                && j + 1 < hi && NameRules.nameWord(t.get(j + 1));
    }

    /** People who speak for or work at an organization ("a spokesman for Rosneft", "an analyst at Otkritie"). */
    private static final Set<String> AFFILIATED = Lexicon.words("affiliated-roles");
    private static final Set<String> AFFILIATION_PREPOSITIONS = Lexicon.words("affiliation-prepositions");

    /**
     * "a spokesman for Rosneft", "an analyst at the Brookings Institution": the name that ends the phrase is where the
     * speaker works, not the speaker, who stays unnamed (with the organization in the description).
     */
    private boolean affiliation(int runStart, int a) {
        return affiliatedRole(doc.toks, runStart, a) >= 0;
    }

    /**
     * The token of the role ("spokesman") in "a spokesman for (the) NAME", for a name starting at {@code runStart},
     * looking no further back than {@code a}; -1 when no role and preposition stand before the name.
     */
    static int affiliatedRole(List<Token> t, int runStart, int a) {
        int p = runStart - 1;
        if (p >= a && t.get(p).is("the")) p--;
        return p - 1 >= a && AFFILIATION_PREPOSITIONS.contains(t.get(p).lower()) && AFFILIATED.contains(t.get(p - 1).lower()) ? p - 1 : -1;
    }

    /** Documents that speak in a story ("the report says", "according to a study"). */
    private static final Set<String> DOCUMENTS = Lexicon.words("document-nouns");

    /**
     * "according to a 2013 study by economists Peter Schott": the name after "by" wrote the document, and the document
     * is what is cited; the phrase stays a description of it.
     */
    private boolean authorOf(int runStart, int a) {
        List<Token> t = doc.toks;
        int p = runStart - 1;
        while (p > a && p > runStart - 4 && t.get(p).isWord() && !t.get(p).isCapitalized() && !t.get(p).is("by")) p--;
        return p - 1 >= a && t.get(p).is("by") && DOCUMENTS.contains(t.get(p - 1).lower());
    }

    /** Words that open an introductory phrase ending at a comma ("In a statement Thursday, …", "As he left, …"). */
    private static final Set<String> INTRO = Lexicon.words("intro-words");

    /**
     * The subject of the main clause of the sentence starting at token {@code ss}, for a cue at {@code c} that has
     * no subject of its own ("Speaking in Salem, New Hampshire, Trump went after Bush, calling him “…”"):
     * introductory phrases are skipped and the noun phrase ends at the first verb (OpenNLP tags).
     */
    /**
     * "In Dr. Shadlen's words, “…”", "In the words of Ruth Olsen, “…”", "In her words, “…”": whose words the quotation
     * opening at token {@code open} is, when its sentence opens with such a phrase; else null.
     */
    Subject wordsOf(int ss, int open) {
        List<Token> t = doc.toks;
        int end = open - 2; // the last word before the comma or colon
        if (end - ss < 2 || !t.get(ss).is("in") || !(t.get(open - 1).is(",") || t.get(open - 1).is(":"))) return null;
        if (t.get(end).is("words")) {
            int p = end - 1;
            if (p == ss + 1 && (t.get(p).is("his") || t.get(p).is("her"))) {
                return new Subject(Subject.Kind.PRONOUN, t.get(p).is("his") ? "he" : "she", null, -1, -1, p, p);
            }
            // this document keeps a possessive on its word ("Shadlen's")
            String w = t.get(p).text();
            return p > ss && !Names.stripPossessive(w).equals(w) ? named(classify(ss + 1, p)) : null;
        }
        if (end - ss >= 4 && t.get(ss + 1).is("the") && t.get(ss + 2).is("words") && t.get(ss + 3).is("of")) return named(classify(ss + 4, end));
        return null;
    }

    private static Subject named(Subject s) {
        return s != null && s.kind() == Subject.Kind.NAME ? s : null;
    }

    Subject sentenceSubject(int ss, int c) {
        List<Token> t = doc.toks;
        int i = skipIntro(ss, c);
        if (i < 0 || i >= c) return null;
        if (CueLexicon.SUBJECT_PRONOUNS.contains(t.get(i).lower())) {
            return new Subject(Subject.Kind.PRONOUN, t.get(i).text(), null, -1, -1, i, i);
        }
        int j = i;
        while (j < c && j - i < 12) {
            Token tk = t.get(j);
            if (doc.inQuote[j] >= 0 || tk.is(",") || !tk.isWord() && !tk.text().equals("&") && !ordinal(tk) && !age(tk)) break;
            // "Trump shot back, saying …", "Sanders lashed out": a word before a verb particle is the verb
            if (j > i && !tk.isCapitalized() && j + 1 < c && VERB_PARTICLES.contains(t.get(j + 1).lower())) break;
            if (j > i && !tk.isCapitalized() && !tk.is("of")) {
                String tag = doc.tag(j);
                if (!(tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN") || tag.equals("NUM")
                        || tag.equals("DET") && j == i)) break;
            }
            j++;
        }
        while (j - 1 > i && t.get(j - 1).is("of")) j--;
        if (j == i) return null;
        Subject s = classify(i, j - 1);
        // "Trump’s Virginia state director, Mike Rubino, reached out …, writing": the appositive names the subject
        Subject app = s != null && s.kind() == Subject.Kind.DESCRIPTION ? appositiveName(j, c) : null;
        return app != null ? app : s;
    }

    /**
     * The subject of a participle cue after a comma ("…, saying", "…, adding"): a participle clause shares the subject
     * of the clause it hangs on. When that clause is a cue set off in the sentence ("Trump’s remarks are sickening,
     * Hollande said Tuesday, noting …", "…, Law said, adding …"), its subject is the one who goes on speaking, not
     * the words that open the sentence; otherwise the sentence's subject.
     */
    Subject participleSubject(int ss, int c) {
        Subject earlier = earlierCueSubject(ss, c);
        return earlier != null ? earlier : sentenceSubject(ss, c);
    }

    /**
     * The subject of the cue that ends the clause before the comma at {@code c - 1} (only adverbs, dates and
     * prepositional phrases between that cue and the comma: no other verb, no quotation), or null.
     */
    private Subject earlierCueSubject(int ss, int c) {
        List<Token> t = doc.toks;
        if (c - 1 <= ss) return null;
        for (int k = c - 2; k > ss && k > c - 12; k--) {
            Token tk = t.get(k);
            if (doc.inQuote[k] >= 0 || isQuoteMark(tk) || tk.is(";") || tk.is(":")) return null;
            // "he sounded a rare note of …, saying": a cue word the tagger reads as a noun is no cue
            if (CueLexicon.quoteCue(t, k) && !tk.lower().endsWith("ing") && "VERB".equals(doc.tag(k))) {
                if (k - 1 <= ss || t.get(k - 1).is(",")) return null;
                return before(k, ss - 1);
            }
            String tag = doc.tag(k);
            if (tag.equals("VERB") || tag.equals("AUX")) return null;
        }
        return null;
    }

    /** The first token after the sentence's introductory phrases, or -1 when no comma closes one. */
    private int skipIntro(int ss, int c) {
        List<Token> t = doc.toks;
        int i = ss;
        for (int round = 0; round < 3 && i < c; round++) {
            Token f = t.get(i);
            boolean intro = INTRO.contains(f.lower()) || doc.verbOpener(i, true) || adverbialOpener(i, c);
            if (!intro) return i;
            int comma = -1;
            for (int k = i + 1; k < c && k < i + 30; k++) {
                if (t.get(k).is(",")) {
                    comma = k;
                    break;
                }
            }
            if (comma < 0) return -1;
            i = comma + 1;
            // "in Salem, New Hampshire, Trump …": the state after the town belongs to the phrase
            int k = i;
            while (k < c && NameRules.nameWord(t.get(k))) k++;
            if (k > i && k < c && t.get(k).is(",") && NameRules.orgOrPlace(doc.span(i, k - 1))) i = k + 1;
        }
        return i;
    }

    /**
     * "Hours later, Trump …", "Minutes before, the mayor …": a short phrase before the first comma that ends in an
     * adverb and holds no verb is introductory, not the subject.
     */
    private boolean adverbialOpener(int i, int c) {
        List<Token> t = doc.toks;
        for (int k = i; k < c && k < i + 4; k++) {
            if (!t.get(k + 1).is(",")) {
                String tag = doc.tag(k);
                if (tag.equals("VERB") || tag.equals("AUX") || !t.get(k).isWord()) return false;
                continue;
            }
            return k > i && doc.tag(k).equals("ADV");
        }
        return false;
    }

    private static final Set<String> PARTY_WORDS = Lexicon.words("party-affiliations");

    /**
     * "Medics said nine people were killed", "Housebuilders say rates are too high": a lone word opening the sentence
     * that the tagger reads as a plural common noun (or, confused by the capital, as a verb: "Figures reported on
     * Sunday …"), and no list knows as a name, is the people or things it names, not someone.
     */
    private boolean pluralNounOpener(int k) {
        Token w = doc.toks.get(k);
        return doc.sentenceStart[doc.sentence[k]] == k && ("NOUN".equals(doc.tag(k)) || "VERB".equals(doc.tag(k))) && w.text().endsWith("s")
                && Gazetteer.get().lookup(w.text()) == null && !Gazetteer.get().isFirstName(w.text()) && !doc.namedMidSentence(w.text());
    }

    /** "Swiss", "Scot", "Australians": a word for the people of a nation. */
    private static boolean nationality(Token w) {
        return Gazetteer.get().demonymCountry(w.text()) != null;
    }

    private static final Set<String> VERB_PARTICLES = Lexicon.words("verb-particles");

    private static final Set<String> AUXILIARIES = Lexicon.words("clause-auxiliaries");

    /** An auxiliary, or a verb the tagger marks as one ("said Trump shot back"). */
    private boolean finiteVerb(int j) {
        Token tk = doc.toks.get(j);
        if (AUXILIARIES.contains(tk.lower())) return true;
        String tag = doc.tag(j);
        return !tk.isCapitalized() && ("VERB".equals(tag) || "AUX".equals(tag)) && !tk.lower().endsWith("ing");
    }

    /**
     * "said Virginia delegate Beau Correll": a lower-case word the tagger reads as a verb, between a capitalised
     * word and a name of two capitalised words, is a role noun (a verb there would be "delegates", "told", "urged").
     */
    private boolean roleBeforeName(int j) {
        List<Token> t = doc.toks;
        if (j < 1 || j + 2 >= t.size() || !t.get(j - 1).isCapitalized()) return false;
        String w = t.get(j).lower();
        if (w.endsWith("ed") || w.endsWith("s") || CueLexicon.quoteCue(t, j)) return false;
        return NameRules.nameWord(t.get(j + 1)) && NameRules.nameWord(t.get(j + 2)) && doc.inQuote[j + 2] < 0;
    }

    /** "9/11" in "said 9/11 widow Terry Strada": digits, and a slash between digits. */
    private boolean numberPart(int j) {
        List<Token> t = doc.toks;
        String x = t.get(j).text();
        if (Character.isDigit(x.charAt(0))) return true;
        return x.equals("/") && j > 0 && j + 1 < t.size() && Character.isDigit(t.get(j - 1).text().charAt(0))
                && Character.isDigit(t.get(j + 1).text().charAt(0));
    }

    private static final Pattern AGE = Pattern.compile("\\d+-year-old");

    /** "76-year-old" in "76-year-old Morton Blackwell, founder of …, endorsed Cruz, saying", "the 46-year-old said". */
    private static boolean age(Token t) {
        return AGE.matcher(t.text()).matches();
    }

    /** "1st" in "Air Force 1st Lt. Tyler Livingston". */
    private static boolean ordinal(Token t) {
        return t.text().matches("\\d+(st|nd|rd|th)");
    }

    private static boolean plural(Token t) {
        String w = t.lower();
        return w.endsWith("s") || w.equals("people");
    }
}
