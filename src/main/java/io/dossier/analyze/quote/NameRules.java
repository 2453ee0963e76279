package io.dossier.analyze.quote;

import io.dossier.analyze.text.Names;

import io.dossier.analyze.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists and rules for recognising proper names in runs of capitalised words. */
final class NameRules {

    private static final Set<String> TITLES = CueLexicon.set(
            "mr.", "mrs.", "ms.", "miss", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.",
            "adm.", "maj.", "rev.", "prof.", "pres.", "del.", "delegate", "president", "vice", "senator", "secretary", "representative",
            "congressman", "congresswoman", "governor", "mayor", "chairman", "chairwoman", "chair", "speaker",
            "leader", "minister", "prime", "judge", "justice", "attorney", "general", "director", "ambassador",
            "professor", "chief", "deputy", "former", "candidate", "nominee", "democratic", "republican", "gop",
            "democrat", "independent", "house", "senate", "majority", "minority", "state", "u.s.", "us", "sheriff",
            "officer", "detective", "pastor", "reverend", "father", "sister", "brother", "coach", "commissioner",
            "councilman", "councilwoman", "lawmaker", "assemblyman", "assemblywoman", "pope", "king", "queen",
            "prince", "princess", "lord", "lady", "sir", "dame", "host", "anchor", "spokesman", "spokeswoman",
            "presidential", "hopeful", "first", "sec.", "supt.", "det.", "atty.", "cong.", "executive", "press",
            "campaign", "manager", "chairperson", "rabbi", "imam", "cardinal", "bishop", "president-elect",
            "vice-president", "then-candidate", "gop", "rnc", "dnc", "palestinian", "israeli", "egyptian", "hamas",
            "fatah", "reporter", "correspondent", "columnist", "commentator", "author", "analyst", "strategist", "pollster", "adviser", "advisor", "aide", "actor", "actress", "singer", "rapper", "comedian", "businessman", "billionaire", "mogul", "economist", "professor", "lawyer", "ceo", "founder", "editor", "producer", "director", "writer", "nominee", "candidate", "american", "british", "russian", "chinese", "french", "german", "media", "official", "sgt");

    private static final Set<String> FUNCTION = CueLexicon.set(
            "the", "but", "and", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "so", "yet",
            "still", "then", "this", "that", "these", "those", "its", "his", "her", "their", "our", "a", "an", "my",
            "i", "we", "he", "she", "it", "they", "you", "there", "here", "what", "why", "how", "who", "where",
            "according", "meanwhile", "however", "also", "now", "later", "earlier", "last", "next", "asked", "said",
            "says", "told", "to", "by", "from", "with", "of", "or", "nor", "not", "no", "yes", "oh", "well", "like",
            "instead", "indeed", "though", "although", "because", "since", "until", "during", "despite");

    private static final Set<String> CALENDAR = CueLexicon.set(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "today", "tonight",
            "yesterday", "tomorrow");

    private static final Set<String> CONNECTORS = CueLexicon.set(
            "de", "la", "le", "du", "da", "del", "der", "van", "von", "bin", "ibn", "al", "el", "di", "dos", "das",
            "jr.", "sr.");

    private static final Set<String> ORG_WORDS = CueLexicon.set(
            "party", "house", "senate", "committee", "news", "post", "times", "journal", "campaign", "department",
            "university", "institute", "center", "centre", "foundation", "association", "council", "court", "agency",
            "office", "network", "inc.", "group", "union", "reuters", "states", "street", "county", "city", "strip",
            "bank", "authority", "republic", "administration", "government", "ministry", "police", "army", "force",
            "forces", "corp.", "company", "media", "press", "tv", "radio", "magazine", "review", "project", "fund",
            "commission", "board", "service", "services", "school", "college", "church", "club", "coalition",
            "alliance", "organization", "organisation", "federation", "league", "movement", "bureau", "caucus",
            "congress", "parliament", "cabinet", "review", "daily", "herald", "tribune", "gazette", "politico",
            "cnn", "nbc", "abc", "cbs", "msnbc", "fox", "ap", "afp", "bloomberg", "breitbart", "politifact", "gallup",
            "twitter", "facebook", "google", "nation", "republicans", "democrats", "senators", "americans", "poll",
            "survey", "report", "study", "statement", "blog", "website", "show", "channel", "west", "east", "north",
            "south", "israel", "egypt", "gaza", "cairo", "america", "washington", "china", "russia", "iran", "iraq",
            "syria", "mexico", "europe", "africa", "asia", "britain", "france", "germany", "japan", "india",
            "canada", "ukraine", "turkey", "qatar", "jordan", "lebanon",
            // places, events and programmes
            "sea", "ocean", "river", "lake", "island", "islands", "mountains", "bay", "valley", "avenue", "square",
            "airport", "bridge", "convention", "conference", "summit", "debate", "debates", "download", "program",
            "programme", "series", "primary", "primaries", "caucuses", "stadium", "arena", "festival",
            "awards", "amendment", "act", "florida", "california", "texas", "ohio", "iowa", "arizona",
            "pennsylvania", "wisconsin", "michigan", "nevada", "colorado", "vermont", "kentucky",
            "indiana", "illinois", "missouri", "tennessee", "alabama", "louisiana", "massachusetts", "minnesota",
            "oregon", "utah", "kansas", "nebraska", "oklahoma", "arkansas", "mississippi", "maryland", "connecticut",
            "delaware", "maine", "montana", "idaho", "wyoming", "alaska", "hawaii", "afghanistan", "pakistan",
            "libya", "yemen", "cuba", "venezuela", "brazil", "korea", "vietnam", "australia", "italy", "spain",
            "greece", "poland", "sweden", "nigeria", "kenya", "ethiopia", "somalia", "palestine", "beijing",
            "moscow", "london", "berlin", "tehran", "baghdad", "damascus", "kabul", "jerusalem");

    /** Places that look like two-word person names ("New Jersey"). */
    private static final Set<String> PLACES = CueLexicon.set(
            "new jersey", "new york", "new hampshire", "new mexico", "new orleans", "north carolina", "south carolina",
            "north dakota", "south dakota", "west virginia", "rhode island", "los angeles", "san francisco",
            "las vegas", "united states", "united kingdom", "saudi arabia", "south africa", "north korea",
            "south korea", "new zealand", "white house", "capitol hill", "wall street", "silicon valley",
            "west bank", "gaza strip", "middle east", "atlantic city", "salt lake city", "des moines", "san diego",
            "san antonio", "st. louis", "puerto rico", "hong kong", "costa rica", "sri lanka", "el salvador",
            "great britain", "soviet union", "european union", "supreme court", "fox news", "air force", "oval office",
            "trump tower", "planned parenthood", "black lives matter", "tea party", "grand old party",
            "islamic state", "al qaeda", "new york times", "washington post", "wall street journal");

    private static final Set<String> FEMALE_TITLES = CueLexicon.set("mrs.", "ms.", "miss", "congresswoman",
            "chairwoman", "spokeswoman", "queen", "princess", "lady", "dame", "sister", "assemblywoman", "councilwoman");
    private static final Set<String> MALE_TITLES = CueLexicon.set("mr.", "congressman", "chairman", "spokesman",
            "king", "prince", "lord", "sir", "father", "brother", "assemblyman", "councilman", "rabbi");

    private static final Set<String> FEMALE_NAMES = CueLexicon.set(
            "hillary", "melania", "ivanka", "kellyanne", "elizabeth", "nancy", "sarah", "megyn", "loretta", "huma",
            "donna", "debbie", "jill", "carly", "nikki", "michelle", "mary", "susan", "karen", "hope", "kate", "katy",
            "ann", "anne", "jennifer", "lisa", "maria", "marie", "linda", "barbara", "patricia", "margaret", "laura",
            "julie", "julia", "emily", "jessica", "ashley", "amanda", "rachel", "hannah", "samantha", "catherine",
            "katherine", "kathleen", "kathy", "katie", "chelsea", "tulsi", "amy", "kamala", "kirsten", "dianne",
            "diane", "claire", "heidi", "tammy", "patty", "maxine", "marsha", "kelly", "ann", "andrea", "ana", "anna",
            "angela", "theresa", "teresa", "hilary", "sheila", "janet", "joan", "judy", "alicia", "erin", "gretchen",
            "dana", "neera", "jennifer", "robin", "christine", "cheryl", "melanie", "gennifer", "paula", "rosie",
            "oprah", "beyonce", "beyoncé", "madonna", "lena", "sally", "condoleezza", "madeleine", "sonia", "ruth",
            "ava", "alexandra", "stephanie", "kristen", "kirstjen", "betsy", "nikki", "omarosa", "jeanine", "mika",
            "rachel", "ivana", "tiffany", "lara", "katrina", "hope", "sharon", "shannon", "michele", "jan", "liz",
            "sara", "abby", "abigail", "ellen", "eleanor", "helen", "irene", "joanne", "jo", "carol", "caroline",
            "cindy", "brenda", "gloria", "grace", "emma", "olivia", "sophia", "isabella", "mia", "charlotte",
            "virginia", "victoria", "valerie", "wendy", "zoe", "natalie", "nicole", "naomi", "monica", "molly",
            "meghan", "megan", "lauren", "lori", "leslie", "kimberly", "kim", "kristin", "jane", "jean", "jeanne",
            "jodi", "heather", "hannah", "gina", "felicia", "evelyn", "elaine", "ebony", "dolores", "denise", "deborah",
            "dawn", "danielle", "cynthia", "connie", "colleen", "claudia", "carolyn", "brittany", "bonnie",
            "beverly", "april", "amber", "allison", "alison", "alice", "aisha", "mayra", "roxanne", "rebecca",
            "peggy", "penny", "pamela", "nina", "melissa", "marcia", "loretta", "lynn", "lucy", "louise", "yvonne",
            "yolanda", "samira", "fatima", "layla", "leila", "hanan", "ayelet", "tzipi", "golda", "theresa", "angela",
            "marine", "ségolène", "segolene", "nicola", "arlene", "ruth", "harriet");

    /** Men's first names common in political news that the male first-name list lacks. */
    private static final Set<String> MALE_NAMES = CueLexicon.set("donald", "jeb", "barack", "reince", "newt", "bashar",
            "recep", "xi", "mitt", "rush", "vladimir", "benjamin", "bibi", "mahmoud", "hassan", "ali", "mohammed",
            "muhammad", "ahmed", "abdel", "abdul", "khalil", "taher", "ismail", "yahya", "ehud", "naftali", "avigdor",
            "shinzo", "narendra", "emmanuel", "justin", "enrique", "nicolas", "francois", "françois", "sergei",
            "sergey", "dmitry", "jong");

    private NameRules() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A capitalised word that can be part of a name. */
    static boolean nameWord(Token t) {
        if (!t.isWord() || !t.isCapitalized()) return false;
        String w = t.lower();
        return !CALENDAR.contains(w) && !CALENDAR.contains(Names.stripPossessive(w)) && !w.equals("i");
    }

    static boolean connector(Token t) {
        return CONNECTORS.contains(t.lower()) && !t.isCapitalized() || t.text().equals("Jr.") || t.text().equals("Sr.");
    }

    static boolean function(Token t) {
        return FUNCTION.contains(t.lower());
    }

    static boolean title(Token t) {
        return TITLES.contains(t.lower());
    }

    static boolean calendar(Token t) {
        return CALENDAR.contains(t.lower());
    }

    /**
     * The name in the run toks[a..b] (inclusive) after dropping leading function words and titles;
     * returns {from, to} token indices, or null when nothing name-like is left.
     */
    static int[] trimRun(List<Token> toks, int a, int b) {
        while (a <= b && function(toks.get(a))) a++;
        while (a < b && title(toks.get(a))) a++;
        for (int k = b - 1; k > a; k--) {
            if (title(toks.get(k)) && toks.get(k).isCapitalized()) {
                a = k + 1; // "Ohio Gov. John Kasich" → "John Kasich"
                break;
            }
        }
        while (b >= a && (function(toks.get(b)) || calendar(toks.get(b)))) b--;
        if (a > b) return null;
        // "de Blasio": a lower-case particle may open a name
        if (!toks.get(a).isCapitalized() && !(a < b && connector(toks.get(a)))) return null;
        return new int[] {a, b};
    }

    /** Is the run a person rather than an organisation or a place (best guess)? */
    static boolean personLike(List<Token> toks, int runStart, int a, int b) {
        String last = lower(Names.stripPossessive(toks.get(b).text()));
        StringBuilder run = new StringBuilder();
        for (int i = a; i <= b; i++) run.append(i > a ? " " : "").append(toks.get(i).text());
        String whole = Names.stripPossessive(run.toString());
        if (PLACES.contains(lower(whole)) || io.dossier.analyze.text.Gazetteer.isPlace(whole)) return false;
        if (ORG_WORDS.contains(last)) return false;
        // "TOP STORIES", "NATO": headings and acronyms are not people
        for (int i = a; i <= b; i++) if (allCaps(toks.get(i).text())) return false;
        for (int i = a; i <= b; i++) if (ORG_WORDS.contains(toks.get(i).lower())) return false;
        if (b > a) return true;
        // "Former Arizona governor Jan Brewer": a lone word before a lower-case title is a modifier
        if (b + 1 < toks.size() && !toks.get(b + 1).isCapitalized() && title(toks.get(b + 1))) return false;
        for (int i = runStart; i < a; i++) {
            if (title(toks.get(i)) && toks.get(i).isCapitalized() && !toks.get(i).is("former") && !toks.get(i).is("first")) {
                return true;
            }
        }
        return false;
    }

    /** A name that is an organisation or a place by its words ("Fox News", "New Jersey", "Cairo"). */
    static boolean orgOrPlace(String name) {
        String l = lower(Names.stripPossessive(name.trim()));
        if (PLACES.contains(l)) return true;
        for (String w : l.split("\\s+")) if (ORG_WORDS.contains(w)) return true;
        return false;
    }

    static boolean allCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c) || c == '.') return false; // "J.D." is initials
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 3;
    }

    /** 'F', 'M' or '?' from titles before the name and the first name. */
    static char gender(List<Token> toks, int runStart, int a, int b) {
        for (int i = runStart; i <= a; i++) {
            String w = toks.get(i).lower();
            if (FEMALE_TITLES.contains(w)) return 'F';
            if (MALE_TITLES.contains(w)) return 'M';
        }
        if (b > a) {
            return firstNameGender(toks.get(a).lower());
        }
        return '?';
    }

    /**
     * 'F', 'M' or '?' for a first name in lower case: the hand lists first, then the name lists; a name in both
     * lists (Chris, Jan) is taken as a man's — most people quoted in the news are men; a name in neither
     * (Zeynep, Christyn) is unknown.
     */
    static char firstNameGender(String first) {
        if (FEMALE_NAMES.contains(first)) return 'F';
        if (MALE_NAMES.contains(first)) return 'M';
        char g = FirstNames.gender(first);
        if (g == '?' && FirstNames.known(first)) return 'M';
        return g;
    }

    /** "WALLACE" → "Wallace", "MCCAIN" → "Mccain": a name printed in capitals, as a transcript does. */
    static String capitalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
