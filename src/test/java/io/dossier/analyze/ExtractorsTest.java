package io.dossier.analyze;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import io.dossier.model.Article;
import io.dossier.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Each extractor on small texts written for the test. */
class ExtractorsTest {

    private static Analysis analyze(String date, String... paragraphs) {
        return new Analyzer().analyze(new Article("T", null, date, null, null, List.of(paragraphs)));
    }

    private static Optional<Actor> actor(Analysis a, String name) {
        return a.actors().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    @Test
    void aliasesMergeAcrossSurnamesAcronymsAndPossessives() {
        Analysis a = analyze(null, "The Palestinian Authority said on Monday that its envoy, Omar Haddad, would travel to Amman.",
                "Haddad's trip was approved by the PA, which has asked Jordan for help. The PA's spokesman declined to comment.");
        Actor pa = actor(a, "Palestinian Authority").orElseThrow();
        assertEquals(3, pa.mentions());
        assertTrue(pa.aliases().contains("PA"));
        Actor haddad = actor(a, "Omar Haddad").orElseThrow();
        assertEquals(ActorType.PERSON, haddad.type());
        assertEquals(2, haddad.mentions());
        assertTrue(actor(a, "Haddad").isEmpty());
        assertEquals(ActorType.PLACE, actor(a, "Amman").orElseThrow().type());
    }

    @Test
    void titlesAndAppositivesGiveRoles() {
        Analysis a = analyze(null, "U.S. Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo.",
                "Shoukry said Egypt would keep working with Hamas. Sarah Jones, the group's chief spokeswoman, disagreed.");
        assertEquals("Egyptian Foreign Minister", actor(a, "Sameh Shoukry").orElseThrow().role());
        Actor jones = actor(a, "Sarah Jones").orElseThrow();
        assertEquals("chief spokeswoman", jones.role());
        assertEquals("Hamas", jones.affiliation());
    }

    @Test
    void rejectsJunk() {
        Analysis a = analyze(null, "Without a deal, Islamist fighters and Israeli troops clashed on Friday in March.",
                "Before Tuesday, the President said the Palestinians would be consulted. The Whole Thing Was A Mess",
                "Leaders of the group met again.");
        List<String> names = a.actors().stream().map(Actor::name).toList();
        for (String junk : List.of("Without", "Islamist", "Israeli", "Friday", "March", "Before", "Tuesday", "President",
                "Palestinians", "Palestinian", "Whole Thing", "Mess", "Leaders")) assertFalse(names.contains(junk), junk + " in " + names);
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() {
        Analysis a = analyze("2024-10-09", "The talks began on Wednesday in Cairo.", "Officials met yesterday to prepare.",
                "A first round was held last week in Doha.", "The crossing has been closed since May.", "Fighting broke out in July 2014.",
                "Both sides had agreed on Oct. 7 to meet again. The pact was signed on March 3, 2020.");
        List<Event> t = a.timeline();
        assertTrue(has(t, "2024-10-09", "Wednesday"), t.toString());
        assertTrue(has(t, "2024-10-08", "yesterday"), t.toString());
        assertTrue(has(t, "2024-10-02", "last week"), t.toString());
        assertTrue(has(t, "2024-05", "May"), t.toString());
        assertTrue(has(t, "2014-07", "July 2014"), t.toString());
        assertTrue(has(t, "2024-10-07", "Oct. 7"), t.toString());
        assertTrue(has(t, "2020-03-03", "March 3, 2020"), t.toString());
        assertEquals("2014-07", t.get(0).date());
        assertEquals("2020-03-03", t.get(1).date());
    }

    @Test
    void withoutAnArticleDateRelativeDaysAreSkipped() {
        Analysis a = analyze(null, "The talks began on Wednesday in Cairo and may resume next week.");
        assertTrue(a.timeline().isEmpty(), a.timeline().toString());
    }

    @Test
    void datesInsideQuotationsAreTheSpeakersNotEvents() {
        Analysis a = analyze("2024-10-09", "“We will meet today and sign on March 3,” the minister said on Monday.",
                "She added: “Now is the time, not next week.”");
        List<Event> t = a.timeline();
        assertTrue(has(t, "2024-10-07", "Monday"), t.toString());
        assertEquals(1, t.size(), t.toString());
    }

    private static boolean has(List<Event> t, String date, String label) {
        return t.stream().anyMatch(e -> e.date().equals(date) && e.label().equals(label));
    }

    @Test
    void figuresCarryTheirContext() {
        Analysis a = analyze(null, "The fund pledged $1.5 billion to rebuild 40,000 homes, officials said.",
                "Unemployment rose to 45% in 2023, and 12 people were hurt on Oct. 7.");
        var f = a.figures();
        assertTrue(f.stream().anyMatch(x -> x.value().equals("$1.5 billion")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.value().equals("40,000") && x.context().contains("homes")), f.toString());
        assertTrue(f.stream().anyMatch(x -> x.value().equals("45%")), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.value().equals("2023") || x.value().equals("7")), f.toString());
    }

    @Test
    void summaryStartsWithTheLeadAndKeepsArticleOrder() {
        Analysis a = analyze(null, "Hamas and Fatah met in Cairo on Wednesday to discuss a unity government for Gaza, officials said.",
                "The talks were the first since July.", "Egypt has urged both sides to agree on running the Rafah crossing.",
                "Israel has ruled out any role for Hamas in Gaza after the war.", "Weather in Cairo was mild.",
                "The United States has discussed the border with Egypt.", "Fatah said it wanted elections.");
        List<String> s = a.summary();
        assertTrue(s.size() >= 3 && s.size() <= 5);
        assertTrue(s.get(0).startsWith("Hamas and Fatah met in Cairo"));
        String text = String.join(" ", List.of(a.article().paragraphs().toArray(new String[0])));
        for (int i = 1; i < s.size(); i++) assertTrue(text.indexOf(s.get(i - 1)) < text.indexOf(s.get(i)), "article order");
    }
}
