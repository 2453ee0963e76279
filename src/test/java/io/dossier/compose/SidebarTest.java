package io.dossier.compose;

import io.dossier.Fixtures;
import io.dossier.model.Analysis;
import io.dossier.model.Quote;
import io.dossier.model.QuoteKind;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees in the key-quote sidebar: statements that stand on their own, by named people. */
class SidebarTest {

    private static final ComposeOptions OPTIONS = new ComposeOptions(ComposeOptions.DEFAULT_MARKING, Dossier.Paper.A4,
            ZonedDateTime.parse("2024-11-28T09:00:00Z"), null);

    private static List<String> sidebar(List<Quote> quotes) {
        Analysis a = Fixtures.withQuotes(Fixtures.sample(), quotes);
        return new Composer().compose(a, OPTIONS).sidebarQuotes().stream().map(q -> q.speaker() + ": " + q.text()).toList();
    }

    private static Quote direct(String text, String speaker, String id) {
        return new Quote(text, QuoteKind.DIRECT, speaker, id, null, "said", 0, text.length());
    }

    @Test
    void fragmentsWaitBehindFullSentencesAndNeverShowAlone() {
        List<Quote> quotes = List.of(
                direct("distressing", "Hamas", "a1"),
                direct("a new chapter", "Mahmoud Abbas", "a6"),
                direct("We will not accept any arrangement that divides Gaza from the West Bank.", "Mahmoud Abbas", "a6"));
        List<String> shown = sidebar(quotes);
        assertEquals(List.of("Mahmoud Abbas: We will not accept any arrangement that divides Gaza from the West Bank."), shown);
        assertTrue(sidebar(List.of(direct("distressing", "Hamas", "a1"))).isEmpty());
    }

    @Test
    void namedDirectQuotesComeBeforeReportedAndUnnamedOnesAndEachSpeakerOnceFirst() {
        List<Quote> quotes = new ArrayList<>();
        quotes.add(new Quote("The crossing should reopen under Palestinian management within weeks", QuoteKind.INDIRECT,
                "Taher Al-Nono", "a4", null, "said", 0, 10));
        quotes.add(new Quote("We are ready to talk to everyone about the day after the war", QuoteKind.DIRECT,
                null, null, "a Hamas official", "said", 0, 10));
        quotes.add(direct("The meeting will discuss the Israeli aggression on the Gaza Strip.", "Taher Al-Nono", "a4"));
        quotes.add(direct("The talks were frank and they will continue next week in Cairo.", "Taher Al-Nono", "a4"));
        quotes.add(direct("Fatah wants one government for Gaza and the West Bank, not two.", "Mahmoud Al-Aloul", "a8"));
        List<String> shown = sidebar(quotes);
        assertEquals(3, shown.size());
        assertTrue(shown.get(0).startsWith("Taher Al-Nono: The meeting"), shown.toString());
        assertTrue(shown.get(1).startsWith("Mahmoud Al-Aloul:"), "a second speaker before a second quote of the first: " + shown);
        assertTrue(shown.get(2).startsWith("Taher Al-Nono: The talks"), shown.toString());
    }
}
