package io.dossier.analyze.quote;

import io.dossier.model.QuoteKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuoteExtractorTest {

    private List<Attribution> direct(String text) {
        return Statements.of(text).stream().filter(a -> a.kind() == QuoteKind.DIRECT).toList();
    }

    private List<Attribution> indirect(String text) {
        return Statements.of(text).stream().filter(a -> a.kind() == QuoteKind.INDIRECT).toList();
    }

    private static Attribution only(List<Attribution> list) {
        assertEquals(1, list.size(), () -> "expected one statement, got " + list);
        return list.get(0);
    }

    @Test
    void straightQuotesWithNameSaid() {
        String t = "Maria Lopez runs the clinic. \"We will reopen on Monday,\" Lopez said.";
        Attribution a = only(direct(t));
        assertEquals("We will reopen on Monday,", a.text());
        assertEquals("Maria Lopez", a.speaker(), "fullest form of the name");
        assertEquals("said", a.cue());
        assertEquals(t.indexOf("We will"), a.start());
        assertEquals(a.text(), t.substring(a.start(), a.end()));
    }

    @Test
    void curlyQuotesSaidName() {
        Attribution a = only(direct("“The budget is balanced,” said John Smith."));
        assertEquals("The budget is balanced,", a.text());
        assertEquals("John Smith", a.speaker());
    }

    @Test
    void guillemets() {
        Attribution a = only(direct("«Nous allons gagner cette bataille,» said Pierre Dupont."));
        assertEquals("Nous allons gagner cette bataille,", a.text());
        assertEquals("Pierre Dupont", a.speaker());
    }

    @Test
    void singleCurlyPrimaryQuotes() {
        Attribution a = only(direct("‘We have no plans to resign,’ said Tom Baker, the party chairman."));
        assertEquals("We have no plans to resign,", a.text());
        assertEquals("Tom Baker", a.speaker());
    }

    @Test
    void appositiveBetweenNameAndCue() {
        Attribution a = only(direct("“The vote is not close,” Jane Doe, the committee's chairwoman, said."));
        assertEquals("Jane Doe", a.speaker());
    }

    @Test
    void pronounResolvesToPersonNamedBefore() {
        String t = "Senator Elizabeth Warren spoke in Boston on Friday.\n“This bill protects families,” she said.";
        assertEquals("Elizabeth Warren", only(direct(t)).speaker());
    }

    @Test
    void contractedPronounIsAPronounNotAName() {
        String t = "Governor Tom Baker spoke in Dayton on Monday.\nHe’s predicting he will do “very, very well in the next state.”";
        Attribution a = only(direct(t));
        assertEquals("Tom Baker", a.speaker());
    }

    @Test
    void accordingToAfterTheCueIsTheOuterSource() {
        String t = "“The plan is dead and we all know it,” Senator Tom Baker said, according to Reuters.";
        assertEquals("Reuters", only(direct(t)).speaker());
    }

    @Test
    void accordingToBeforeTheCueIsTheOuterSource() {
        String t = "According to Bloomberg, Mayor Ann Lee said: “We will rebuild the bridge by spring.”";
        assertEquals("Bloomberg", only(direct(t)).speaker());
    }

    @Test
    void reportsAfterTheCueIsTheOuterSource() {
        String t = "“We will rebuild the bridge by spring,” said Mayor Ann Lee, reports Bloomberg.";
        assertEquals("Bloomberg", only(direct(t)).speaker());
    }

    @Test
    void assuredIsACueNextToAQuote() {
        String t = "“We will fight for every vote,” Mary Jones said.\n“Nobody will lose a farm,” Tom Baker assured the farmers.";
        List<Attribution> a = direct(t);
        assertEquals("Tom Baker", a.get(a.size() - 1).speaker());
    }

    @Test
    void shotBackIsACue() {
        String t = "“The governor has no plan at all,” Mary Jones said.\nTom Baker shot back: “She has never run anything.”";
        List<Attribution> a = direct(t);
        assertEquals("Tom Baker", a.get(a.size() - 1).speaker());
        assertEquals("shot back", a.get(a.size() - 1).cue());
    }

    @Test
    void placeBeforeALowerCaseTitleIsNotAPerson() {
        String t = "Former Ohio governor Susan Miller, an early supporter, spoke on Monday. “We will win this state,” she said.";
        Attribution a = only(direct(t));
        assertEquals("Susan Miller", a.speaker());
    }

    @Test
    void whoeverIsToldAfterAnAppositiveIsNotTheSpeaker() {
        String t = "Mary Violet, a journalist visiting Nice, told the Herald that she saw the truck.\n"
                + "“People were running everywhere,” she said.";
        List<Attribution> all = Statements.of(t);
        assertEquals(2, all.size());
        assertEquals("Mary Violet", all.get(0).speaker());
        assertEquals("Mary Violet", all.get(1).speaker());
    }

    @Test
    void placesAndEventsAreNotPersonAntecedents() {
        String t = "Tom Baker spoke on Monday.\nThe Aral Sea is drying up, and the Global Climate Summit did nothing.\n"
                + "“I know that what I have seen is true,” he said.";
        assertEquals("Tom Baker", only(direct(t)).speaker());
    }

    @Test
    void dashSignedQuotesBelongToTheNameAfterTheDash() {
        String t = "Voters shared their thoughts after the debate.\n"
                + "“He has no plan for the economy and no plan for the schools.” ― Pamela Padilla\n"
                + "“I just hope that this campaign gets people out to vote.” — Jorge Falcon, 34, Phoenix\n";
        List<Attribution> all = direct(t);
        assertEquals(2, all.size(), all::toString);
        assertEquals("Pamela Padilla", all.get(0).speaker());
        assertEquals("Jorge Falcon", all.get(1).speaker());
    }

    @Test
    void transcriptTurnsBelongToTheLabelledSpeaker() {
        String t = "Chris Wallace interviewed Mike Pence on Sunday. Partial transcript as follows:\n\n"
                + "\"WALLACE: Let's start with breaking news on the debate story. Why would he do that?\n\n"
                + "\"PENCE: Well, look, this is serious business and the American people have a choice to make.\n";
        List<Attribution> all = direct(t);
        assertEquals(2, all.size(), all::toString);
        assertEquals("Chris Wallace", all.get(0).speaker());
        assertTrue(all.get(0).text().startsWith("Let's start"), "the label is not part of the quote: " + all.get(0).text());
        assertEquals("Mike Pence", all.get(1).speaker());
    }

    @Test
    void capitalisedWordAndColonIsNotATurnWithoutSuchASpeaker() {
        String t = "The agency posted a notice on Monday, Maria Lopez said.\n"
                + "“WARNING: the river is rising fast and residents should leave tonight,” the notice read.";
        Attribution a = only(direct(t));
        assertNotEquals("Warning", a.speaker());
    }

    @Test
    void participleCueTakesTheMainClauseSubjectNotTheObjectBeforeTheComma() {
        String t = "Donald Trump spent the day in New Hampshire.\n"
                + "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”";
        assertEquals("Donald Trump", only(direct(t)).speaker());
    }

    @Test
    void addingAfterAQuoteBelongsToTheSentenceSubject() {
        String t = "Texas Sen. Ted Cruz spoke in South Carolina.\n"
                + "Cruz said that there is “only one strong conservative in a position to win this race,” adding that it is why "
                + "Donald Trump “relentlessly attacks us and ignores the other candidates.”";
        List<Attribution> all = direct(t);
        assertEquals("Ted Cruz", all.get(0).speaker(), all::toString);
    }

    @Test
    void prepositionalPhraseAfterTheCueIsNotTheSpeaker() {
        String t = "“He’s doing his own thing,” John Bryant, the Republican chairman, said in an interview of Trump.";
        assertEquals("John Bryant", only(direct(t)).speaker());
    }

    @Test
    void partyTagAfterANameDoesNotEndTheSentence() {
        String t = "\"If you continue that, you destroy the whole basis of our government,\" Rep. John Mica (R-Fla.) said. "
                + "\"We cannot have people come here and deny the right to question them.\"";
        List<Attribution> all = direct(t);
        assertEquals(2, all.size(), all::toString);
        assertEquals("John Mica", all.get(0).speaker());
        assertEquals("John Mica", all.get(1).speaker());
    }

    @Test
    void verbOpeningASentenceIsNotPartOfAName() {
        String t = "Understated Tom Baker raises political questions in Ohio.\n“I just do my day job,” he said.";
        assertEquals("Tom Baker", only(direct(t)).speaker());
    }

    @Test
    void pronounPicksGenderFittingAntecedent() {
        String t = "Hillary Clinton met Bernie Sanders in Ohio.\n“We agree on far more than we disagree,” she said.";
        assertEquals("Hillary Clinton", only(direct(t)).speaker());
    }

    @Test
    void descriptionResolvesToNamedPerson() {
        String t = "Sen. Ted Cruz arrived in Iowa on Monday. “We are going to win this state,” the senator said.";
        assertEquals("Ted Cruz", only(direct(t)).speaker());
    }

    @Test
    void accordingTo() {
        Attribution a = only(direct("According to Mark Jones, “the numbers simply do not add up.”"));
        assertEquals("Mark Jones", a.speaker());
        assertEquals("according to", a.cue().toLowerCase());
    }

    @Test
    void toldReuters() {
        Attribution a = only(direct("“The talks failed,” Omar Khalid told Reuters."));
        assertEquals("Omar Khalid", a.speaker());
        assertEquals("told", a.cue());
    }

    @Test
    void colonIntroducedQuote() {
        Attribution a = only(direct("Governor Ann Richards said: “Texas will not back down from this fight.”"));
        assertEquals("Ann Richards", a.speaker());
        assertEquals("Texas will not back down from this fight.", a.text());
    }

    @Test
    void splitQuoteBothHalvesAttributed() {
        List<Attribution> qs = direct("David Brown leads the team. “We will go,” he said, “and we will win.”");
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("We will go,", qs.get(0).text());
        assertEquals("and we will win.", qs.get(1).text());
        assertTrue(qs.stream().allMatch(q -> "David Brown".equals(q.speaker())), qs::toString);
    }

    @Test
    void quoteSpanningParagraphs() {
        String t = "Mayor Karen Bass said: “The city is ready for the storm.\n\n“Shelters open tonight across every district.”";
        List<Attribution> qs = direct(t);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("The city is ready for the storm.", qs.get(0).text());
        assertEquals("Shelters open tonight across every district.", qs.get(1).text());
        assertTrue(qs.stream().allMatch(q -> "Karen Bass".equals(q.speaker())), qs::toString);
    }

    @Test
    void runOfQuotesAfterSpeakerParagraph() {
        String t = "“We have the votes,” said Paul Ryan.\n\n“Nobody should doubt that the bill will pass this week.”";
        List<Attribution> qs = direct(t);
        assertEquals(2, qs.size(), qs::toString);
        assertEquals("Paul Ryan", qs.get(1).speaker());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        assertTrue(direct("Critics call the scheme “pay-to-play” and want it gone.").isEmpty());
        assertTrue(direct("He is the host of “The Nightly Show with Larry Wilmore” on cable.").isEmpty());
        assertTrue(direct("The so-called \"reform\" package passed the House.").isEmpty());
    }

    @Test
    void questionThenAskedName() {
        Attribution a = only(direct("“Are you kidding me?” Trump asked."));
        assertEquals("Trump", a.speaker());
        assertEquals("asked", a.cue());
    }

    @Test
    void reportedSpeechSaidThat() {
        Attribution a = only(indirect("Mary Barra said that the company would cut 4,000 jobs."));
        assertEquals("Mary Barra", a.speaker());
        assertEquals("the company would cut 4,000 jobs", a.text());
        assertEquals("said", a.cue());
    }

    @Test
    void reportedSpeechTrailingCue() {
        Attribution a = only(indirect("The plant will close in March, a company spokesman said."));
        assertNull(a.speaker());
        assertEquals("a company spokesman", a.speakerDescription());
        assertEquals("The plant will close in March", a.text());
    }

    @Test
    void reportedSpeechAccordingTo() {
        Attribution a = only(indirect("According to the ministry, the border will reopen next week."));
        assertNull(a.speaker());
        assertEquals("the border will reopen next week", a.text());
    }

    @Test
    void unnamedSourceInvertedAndResolvedToEarlierDescription() {
        String t = "A European diplomat familiar with the talks said the deal was close.\n"
                + "The timing remained unclear, said the diplomat, who asked not to be named.";
        List<Attribution> all = indirect(t);
        assertEquals(2, all.size(), all::toString);
        assertEquals("A European diplomat familiar with the talks", all.get(1).speakerDescription());
        assertNull(all.get(1).speaker());
        assertEquals("The timing remained unclear", all.get(1).text());
    }

    @Test
    void sampleArticle() throws Exception {
        String text = Files.readString(Path.of("samples/cairo-talks.txt"));
        List<Attribution> all = Statements.of(text);
        Attribution q = only(all.stream().filter(a -> a.kind() == QuoteKind.DIRECT).toList());
        assertTrue(q.text().startsWith("The meeting will discuss the Israeli aggression"));
        assertEquals("Taher Al-Nono", q.speaker());
        assertEquals(q.text(), text.substring(q.start(), q.end()));

        assertSource(all, "Leaders from the Islamist group", null, "a Hamas official");
        assertSource(all, "The Hamas delegation is led by Khalil Al-Hayya", "Taher Al-Nono", null);
        assertSource(all, "the Fatah delegation was led by", null, "A Palestinian official");
        assertSource(all, "if no unity government was agreed", null, "A Palestinian official familiar with the talks");
        assertSource(all, "The shape and exact responsibilities", null, "A Palestinian official familiar with the talks");
        assertSource(all, "Egypt was urging both sides", null, "Egyptian security officials");
        assertSource(all, "a Palestinian presence must be re-established", "Cairo", null);
        assertSource(all, "it also does not trust the Abbas-led", "Israel", null);
        assertSource(all, "their post-war plans are an internal affair", null, "The Palestinian factions");
        assertEquals(10, all.size(), all::toString);
    }

    @Test
    void sheAgreesWithAFemaleFirstNameFromTheNameLists() {
        // "Sandra" is only in the female first-name list (not in the hand-written list)
        Attribution a = only(direct("Sandra Paradis met Tom Baker on Monday. \"We will work together,\" she said."));
        assertEquals("Sandra Paradis", a.speaker());
    }

    @Test
    void nameWithLowerCaseParticle() {
        Attribution a = only(direct("Mayor Bill de Blasio spoke on Friday. Asked about the attacks, de Blasio said, \"We are safe here.\""));
        assertEquals("Bill de Blasio", a.speaker());
    }

    @Test
    void partyTagAbbreviationDoesNotEndTheSentence() {
        Attribution a = only(direct("Sen. Rand Paul (R-Ky.) said the plan was wrong, and called it \"the worst idea in years.\""));
        assertEquals("Rand Paul", a.speaker());
    }

    @Test
    void pronounPrefersTheSpeakerOfTheSameSentence() {
        Attribution a = direct("Ted Cruz campaigned in Iowa. Cruz spokesman Rick Tyler said that the campaign will go on "
                + "because Cruz has \"guiding principles to make critical decisions as president,\" he said.").get(0);
        assertEquals("Rick Tyler", a.speaker());
    }

    @Test
    void invertedSubjectWithAffiliationAndAskedAfterTheQuote() {
        List<Attribution> d = direct("“It would have been a long shot,” said Stephen Vladeck of the University of Texas School of Law.\n"
                + "“Asking a superdelegate to get rid of themselves?” asked Sen. Barbara Mikulski of Maryland.");
        assertEquals("Stephen Vladeck", d.get(0).speaker());
        assertEquals("Barbara Mikulski", d.get(1).speaker());
    }

    @Test
    void noBreakSpacesAreSpaces() {
        Attribution a = only(direct("Donald\u00a0Trump spoke on Monday.\n\nThe candidate\u00a0added, “But if he does not endorse me, "
                + "he cannot be on the ballot.”"));
        assertEquals("Donald Trump", a.speaker());
        assertEquals("added", a.cue());
    }

    @Test
    void toldSomeoneAfterAQuestion() {
        Attribution a = only(direct("House Majority Leader Kevin McCarthy revealed this last fall. "
                + "\"Everybody thought Hillary Clinton was unbeatable, right?\" he told Fox News."));
        assertEquals("Kevin McCarthy", a.speaker());
    }

    @Test
    void quoteWithoutCueTakesThePersonWhoIsTheSubjectOfThePreviousSentence() {
        List<Attribution> d = direct("“We will win,” said John Smith.\n\nBuddy Valastro praised Christie's leadership in the storm.\n\n"
                + "“We need someone who is going to cut through it and bring people together.”");
        assertEquals(2, d.size(), d::toString);
        assertEquals("Buddy Valastro", d.get(1).speaker());
    }

    @Test
    void appositiveNameAfterADescription() {
        Attribution a = only(direct("Carson's business manager, Armstrong Williams, stated: “When I spoke with him about this, he was so sad.”"));
        assertEquals("Armstrong Williams", a.speaker());
    }

    @Test
    void nameOpeningTheSentenceBeforeSeveralAppositives() {
        Attribution a = direct("Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said it would "
                + "join only if \"a candidate were able to garner support from the public with a positive message.\"").get(0);
        assertEquals("Mark Holden", a.speaker());
    }

    @Test
    void calledIsACueForAPartialQuote() {
        Attribution a = only(direct("New Jersey Gov. Chris Christie, hoping to surge in New Hampshire, called Obama a \"petulant child\" "
                + "who is acting \"as if he is a king, as if he is a dictator.\"").stream()
                .filter(x -> x.text().startsWith("as if")).toList());
        assertEquals("Chris Christie", a.speaker());
    }

    @Test
    void unknownFirstNameFitsShe() {
        Attribution a = only(direct("Zeynep Akar told CNN that the truck drove into crowds. \"I suddenly heard the crash,\" she said."));
        assertEquals("Zeynep Akar", a.speaker());
    }

    @Test
    void capitalisedCueWordInsideANameIsNotACue() {
        Attribution a = only(direct("Hillary Clinton spoke to Fox. The United States would not tolerate that, she said. "
                + "“For Trump to praise Putin raises national security issues,” she said."));
        assertEquals("Hillary Clinton", a.speaker());
    }

    @Test
    void documentsAreNotResolvedToPeople() {
        Attribution a = only(direct("Sammy Aaron runs the company. One employee provided a document. "
                + "\"Family leave is available after one year of employment,\" the document states."));
        assertNull(a.speaker());
        assertEquals("the document", a.speakerDescription());
    }

    @Test
    void invertedSaidAfterAClauseFollowingTheQuote() {
        Attribution a = only(direct("Jeff Weaver says the gap will close.\n\"He can assert it, but it seems extremely unlikely\" that "
                + "Sanders can catch Clinton, said Steve Elmendorf, a Democratic strategist."));
        assertEquals("Steve Elmendorf", a.speaker());
    }

    @Test
    void sayingTakesTheFirstNameOutsideAnOpeningPhrase() {
        Attribution a = only(direct("In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, "
                + "saying: “Trayvon Martin’s killer should be in prison.”"));
        assertEquals("Hakeem Jeffries", a.speaker());
    }

    @Test
    void asXPutIt() {
        Attribution a = only(direct("Only a few senators would meet Garland. As John Cornyn, the No. 2 in the GOP leadership, "
                + "put it: \"This person will not be confirmed.\""));
        assertEquals("John Cornyn", a.speaker());
        assertEquals("put it", a.cue());
    }

    @Test
    void aRunOfQuotedParagraphsKeepsItsSpeaker() {
        List<Attribution> d = direct("\"We need a real conservative,\" Morton Blackwell wrote.\n\nHe then listed the qualities:\n\n"
                + "\"Has the candidate a record of personal activism and leadership for conservative principles?\n\n"
                + "\"Is the candidate surrounded by people notable for their firm commitment to conservative principles?\n\n"
                + "\"Are the candidate's currently stated policy positions solidly conservative and consistent?\n\n"
                + "\"Has the candidate built a record of helping conservative organizations and candidates?\n\n"
                + "\"If elected, would the candidate melt when the heat is on in Washington?\"");
        assertEquals("Morton Blackwell", d.get(d.size() - 1).speaker(), d::toString);
    }

    @Test
    void quotedWordInReportedSpeechIsAttributedAndKeepsTheReportedStatement() {
        String t = "Former Florida governor Jeb Bush called the use of executive orders \"dangerous.\"";
        Attribution q = only(direct(t));
        assertEquals("dangerous.", q.text());
        assertEquals("Jeb Bush", q.speaker());
        assertFalse(label("Candidates appeared on \"Fox News Sunday\" and said little."));
    }

    private boolean label(String t) {
        return direct(t).stream().anyMatch(a -> a.text().startsWith("Fox News"));
    }

    private static void assertSource(List<Attribution> all, String contentStart, String speaker, String description) {
        Attribution a = all.stream().filter(x -> x.kind() == QuoteKind.INDIRECT && x.text().startsWith(contentStart))
                .findFirst().orElseThrow(() -> new AssertionError("no reported statement starting " + contentStart + " in " + all));
        assertEquals(speaker, a.speaker(), contentStart);
        assertEquals(description, a.speakerDescription(), contentStart);
    }
}
