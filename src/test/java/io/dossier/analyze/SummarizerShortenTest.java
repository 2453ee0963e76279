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

    @Test
    void aQuotationInsideAPointKeepsBothMarksAndAWholeQuotationLosesThem() {
        assertEquals("Shadow chancellor Mel Stride said: \u201cNobody believes a word the chancellor says.\u201d",
                Summarizer.shorten("Shadow chancellor Mel Stride said: \u201cNobody believes a word the chancellor says.\u201d"));
        assertEquals("The talks have failed.", Summarizer.shorten("\u201cThe talks have failed.\u201d"));
        assertEquals("We will go on. We always have.", Summarizer.shorten("\u201cWe will go on. We always have."));
    }

    @Test
    void theBottomLineIsTheFirstRealSentenceNotALabel() {
        var article = new io.dossier.model.Article("Climate", null, null, null, null, java.util.List.of(
                "ABSTRACT.",
                "More than health care, race or the economy, the president believes his climate policy will be his legacy.",
                "He flew to Hawaii last week to draw attention to rising seas, officials said.",
                "The trip was his third to the islands this year, and aides said more would follow."));
        var analysis = new Analyzer().analyze(article);
        assertEquals("More than health care, race or the economy, the president believes his climate policy will be his legacy.",
                analysis.summary().get(0));
    }
}
