package io.dossier.analyze;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummarizerShortenTest {

    @Test
    void keyPointDropsANonRestrictiveClauseEvenWhenItHoldsADate() {
        assertEquals("Israel has ruled out the group's inclusion in a post-war administration.",
                Summarizer.shorten("Israel, which began its military campaign after the attack on Oct. 7, 2023, "
                        + "has ruled out the group's inclusion in a post-war administration."));
    }

    @Test
    void keyPointDropsTheAttributionTail() {
        assertEquals("Egypt was urging both sides to agree on a mechanism for the crossing.",
                Summarizer.shorten("Egypt was urging both sides to agree on a mechanism for the crossing, officials said."));
    }

    @Test
    void aPointKeepsWhatWasSaidNotWhoSaidIt() {
        String s = "The official, who asked not to be named, said talks would resume.";
        assertEquals("Talks would resume.", Summarizer.shorten(s));
    }
}
