package io.dossier.analyze;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Actor rules added for US news (texts written for the test); its helpers serve {@link NewsActorsTest} too. */
class UsPoliticsActorsTest {

    static Analysis analyze(String... paragraphs) {
        return new Analyzer().analyze(new Article("T", null, "2016-09-12", null, null, List.of(paragraphs)));
    }

    static Optional<Actor> actor(Analysis a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    static List<String> names(Analysis a) {
        return a.actors().stream().map(Actor::name).toList();
    }

    @Test
    void pluralTitleBecomesTheRoleNotPartOfTheName() {
        Analysis a = analyze("Critics, like Senators Charles E. Grassley, Republican of Iowa, want changes to the program.");
        Actor g = actor(a, "Charles E. Grassley").orElseThrow(() -> new AssertionError(names(a)));
        assertEquals(ActorType.PERSON, g.type());
        assertEquals("Senator", g.role());
        assertFalse(names(a).contains("Senators Charles E. Grassley"));
    }

    @Test
    void middleInitialsDoNotCutNames() {
        Analysis a = analyze("The program drew praise from Ronald R. Fieldstone, a Miami lawyer.", "Ms. Epstein, along with Judge Richard A. Posner, disagreed.");
        assertTrue(actor(a, "Ronald R. Fieldstone").isPresent(), names(a).toString());
        assertEquals("Judge", actor(a, "Richard A. Posner").orElseThrow(() -> new AssertionError(names(a))).role());
        assertFalse(names(a).contains("Ronald R."));
    }

    @Test
    void organizationNamesWithAndOfFor() {
        Analysis a = analyze("The complaint was filed by the federal Securities and Exchange Commission on Monday.",
                "The program is run by the Department of Homeland Security and U.S. Citizenship and Immigration Services.",
                "A report by the Government Accountability Office found problems, and the Council of Economic Advisers agreed.",
                "Members of the Caucus of Rank and File Educators protested.");
        for (String org : List.of("Securities and Exchange Commission", "Department of Homeland Security",
                "U.S. Citizenship and Immigration Services", "Government Accountability Office", "Council of Economic Advisers",
                "Caucus of Rank and File Educators")) {
            assertEquals(ActorType.ORGANIZATION, actor(a, org).orElseThrow(() -> new AssertionError(org + " in " + names(a))).type());
        }
        for (String cut : List.of("Exchange Commission", "Department of Homeland", "Immigration Services", "File Educators"))
            assertFalse(names(a).contains(cut), cut + " in " + names(a));
    }

    @Test
    void andBetweenNamesStaysTwoActors() {
        Analysis a = analyze("Donald Trump and Fox News Channel have feuded for months, a reporter said.");
        assertTrue(names(a).contains("Donald Trump"), names(a).toString());
        assertTrue(names(a).stream().noneMatch(n -> n.contains(" and ")), names(a).toString());
    }

    @Test
    void honorificSurnameMergesWithTheFullName() {
        Analysis a = analyze("Hillary Clinton spoke in Ohio on Monday.", "Mrs. Clinton said the economy was improving.",
                "Clinton later left for Charlotte.");
        Actor c = actor(a, "Hillary Clinton").orElseThrow(() -> new AssertionError(names(a)));
        assertEquals(3, c.mentions());
        assertEquals(1, a.actors().stream().filter(x -> x.name().contains("Clinton")).count(), names(a).toString());
    }

    @Test
    void partiesAgenciesAndTheWhiteHouse() {
        Analysis a = analyze("Democrats and Republicans argued in Congress.", "The White House and the F.B.I. declined to comment.",
                "The Democratic National Committee raised money.");
        assertEquals(2, actor(a, "Democratic Party").orElseThrow().mentions() + 1 - 1 + (actor(a, "Republican Party").isPresent() ? 1 : 0));
        assertTrue(actor(a, "FBI").orElseThrow().aliases().contains("F.B.I."));
        assertEquals(ActorType.ORGANIZATION, actor(a, "White House").orElseThrow(() -> new AssertionError(names(a))).type());
        assertTrue(actor(a, "Democratic National Committee").isPresent(), "the DNC is its own actor: " + names(a));
    }

    @Test
    void rejectsOpenersTitlesAndAdjectives() {
        Analysis a = analyze("Using Ted Cruz as a foil, the Democratic senator spoke.", "Like Trump, he opposes the deal.",
                "Read More. Advertisement.", "The President said the Republican plan would fail.");
        List<String> n = names(a);
        for (String junk : List.of("Using Ted Cruz", "Like Trump", "Read More", "Advertisement", "President", "Democratic", "Republican"))
            assertFalse(n.contains(junk), junk + " in " + n);
        assertTrue(n.contains("Ted Cruz"), n.toString());
    }

    @Test
    void aMiddleInitialWithoutItsDotIsTheSamePerson() {
        Analysis a = analyze("George W. Bush spoke in Dallas on Monday.", "Later, George W Bush met veterans at the library.");
        assertEquals(1, a.actors().stream().filter(x -> x.name().endsWith("Bush")).count(), names(a).toString());
    }

    @Test
    void aTeamNamedAfterItsTownIsNoPerson() {
        Analysis a = analyze("The Portland Otters said the stadium would open in May, ahead of the new season.",
                "“We are proud to play here,” the Portland Otters said in a statement.");
        Actor team = actor(a, "Portland Otters").orElseThrow(() -> new AssertionError(names(a)));
        assertEquals(ActorType.ORGANIZATION, team.type());
    }

    @Test
    void lawsHolidaysAndWarsAreNoActors() {
        Analysis a = analyze("The Clean Water Act passed before Labor Day, and veterans of the Cold War marched.",
                "Doris Day sang at the rally.");
        assertEquals(List.of("Doris Day"), a.actors().stream().filter(x -> x.type() == ActorType.PERSON).map(Actor::name).toList());
        assertFalse(names(a).contains("Clean Water Act"), names(a).toString());
    }

    @Test
    void aRoleWordAfterGivenNamesIsTheSurname() {
        Analysis a = analyze("Martin Luther King Jr. spoke of a dream in 1963.", "Peter King met voters in Queens.");
        assertTrue(names(a).containsAll(List.of("Martin Luther King Jr.", "Peter King")), names(a).toString());
    }

    @Test
    void aSurnameOpeningASentenceIsTheNamedPerson() {
        Analysis a = analyze("Prosecutors said Dylann Roof was sentenced in Charleston on Tuesday.",
                "Roof showed no emotion. Roof had planned the attack for months.");
        Actor roof = actor(a, "Dylann Roof").orElseThrow(() -> new AssertionError(names(a)));
        assertEquals(3, roof.mentions(), names(a).toString());
    }
}
