package io.dossier.analyze;

import io.dossier.model.Actor;
import io.dossier.model.ActorType;
import io.dossier.model.Analysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actor rules that hold for English news of any kind (passages written for the test). */
class NewsActorsTest {

    private static Analysis analyze(String... paragraphs) {
        return UsPoliticsActorsTest.analyze(paragraphs);
    }

    private static List<String> names(Analysis a) {
        return UsPoliticsActorsTest.names(a);
    }

    private static Actor required(Analysis a, String name) {
        return UsPoliticsActorsTest.actor(a, name).orElseThrow(() -> new AssertionError(name + " not in " + names(a)));
    }

    /** Each of the names is an actor of that type. */
    private static void allOfType(Analysis a, ActorType type, String... names) {
        for (String name : names) assertEquals(type, required(a, name).type(), name);
    }

    @Test
    void shortenedOrganizationNamesAreTheSameActor() {
        Analysis a = analyze("The Harbour City Ledger reported the deal on Monday, citing two people close to the talks.",
                "The Ledger said the board had met twice.",
                "A study by the Kettering Institute for Coastal Policy found the port was losing trade.",
                "The Kettering Institute said its figures were conservative.");
        assertEquals(List.of("Ledger"), required(a, "Harbour City Ledger").aliases());
        assertFalse(names(a).contains("Ledger"), names(a).toString());
        assertFalse(names(a).contains("Kettering Institute"), names(a).toString());
        assertTrue(required(a, "Kettering Institute for Coastal Policy").aliases().contains("Kettering Institute"));
    }

    @Test
    void anOrganizationNounBeforeANameMakesItAnOrganization() {
        Analysis a = analyze("Shares in the mining giant Orvella Carr fell sharply on Tuesday after a weak forecast.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Orvella Carr").type());
    }

    @Test
    void whatACompanyDoesOrMakesBeforeItsNameMakesItAnOrganization() {
        Analysis a = analyze("The flaw was reported to Quillcraft developer Varnok in 2022. Varnok has not fixed it.",
                "The logs were checked by security firm Dremholt. Dremholt found nothing.",
                "Pakistan-based developer Idris Kandar found the bug. Kandar said the fix was simple.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Varnok").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Dremholt").type());
        assertEquals(ActorType.PERSON, required(a, "Idris Kandar").type());
    }

    @Test
    void aNameTheTextDescribesAsAPersonIsOnePersonEvenWhenItStartsWithACity() {
        Analysis a = analyze("Guadalupe Morales, 71, stands behind the counter of the diner on Monday.",
                "The diner will close next month, owner Guadalupe Morales said.");
        assertEquals(ActorType.PERSON, required(a, "Guadalupe Morales").type());
        assertEquals(1, names(a).stream().filter(n -> n.equals("Guadalupe Morales")).count(), names(a).toString());
    }

    @Test
    void aGroupsOrAnOfficeHoldersPossessiveStaysInsideTheName() {
        Analysis a = analyze("The Prison Officers’ Association said staff were exhausted.",
                "Records from the Cook County Clerk's Office show the sale closed in August.",
                "She has asked the city's Department of Planning and Development to review the project.",
                "The singer told BBC Radio Wales she was delighted.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Prison Officers’ Association").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Cook County Clerk's Office").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Department of Planning and Development").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "BBC Radio Wales").type());
        assertFalse(names(a).contains("Development"), names(a).toString());
    }

    @Test
    void aTwoWordSurnameSaidAloneIsThePersons() {
        Analysis a = analyze("The score was written by Saoirse Ní Bhriain, a composer from Galway.",
                "“She wrote the heart of our film,” the director said. Ní Bhriain said in a statement that she was thrilled.");
        assertTrue(required(a, "Saoirse Ní Bhriain").aliases().contains("Ní Bhriain"), names(a).toString());
        assertFalse(names(a).contains("Ní Bhriain"), names(a).toString());
    }

    @Test
    void aSmallTownInAnEnglishSpeakingCountryIsAPlaceWhereTheTextPlacesIt() {
        Analysis a = analyze("Production will move to the company's larger site in Chepstow by the end of next year.",
                "The 140 staff at Chepstow were told on Tuesday.");
        assertEquals(ActorType.PLACE, required(a, "Chepstow").type());
    }

    @Test
    void aTownNamedLikeAPersonIsAPlaceOnlyWhereTheTextPlacesIt() {
        Analysis a = analyze("Production will move to the company's larger site in Wakefield next year.",
                "About 300 jobs at the Halifax plant will go.");
        assertEquals(ActorType.PLACE, required(a, "Wakefield").type());
        Analysis b = analyze("Wakefield Roberts, the union's regional officer, said members would be consulted.");
        assertEquals(ActorType.PERSON, required(b, "Wakefield Roberts").type());
    }

    @Test
    void aClubsTownAloneIsTheClubButNotWhereAPrepositionPlacesIt() {
        Analysis a = analyze("Aston Villa came from behind to beat Newcastle United on Saturday.",
                "Newcastle drop to ninth after a third straight defeat, and the mood in Newcastle is grim.");
        assertTrue(required(a, "Newcastle United").aliases().contains("Newcastle"), names(a).toString());
        assertEquals(ActorType.PLACE, required(a, "Newcastle").type()); // "the mood in Newcastle": the city
    }

    @Test
    void aNameTheTextCallsASettlementIsAPlace() {
        Analysis a = analyze("Most of the damage was in villages near the border and in the city of Nabatieh.",
                "In Haret Hreik, a densely populated district of Beirut, families returned to find their homes gone.",
                "The film was shot on the islands off the coast of County Galway.");
        assertEquals(ActorType.PLACE, required(a, "Nabatieh").type());
        assertEquals(ActorType.PLACE, required(a, "Haret Hreik").type());
        assertEquals(ActorType.PLACE, required(a, "County Galway").type());
    }

    @Test
    void aSportsRoleBeforeANameMakesItAPersonsAndAConsultancyAnOrganization() {
        Analysis a = analyze("Newcastle almost snatched a point when substitute Moussa Diallo hit the crossbar.",
                "Priya Venkataraman, an economist at the consultancy Capital Economics, said prices had risen.");
        assertEquals(ActorType.PERSON, required(a, "Moussa Diallo").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Capital Economics").type());
    }

    @Test
    void shortFormsAreTheSameActorAndPeopleInThePluralAreNoOne() {
        Analysis a = analyze("The building was sold to Ridgeline Partners, a real estate firm, in August.",
                "In an emailed statement, Ridgeline said it had acted in good faith.",
                "Nguyen Van Thanh, who has run a bakery two doors down for years, was sad. \"This block loses its living room,\" Nguyen said.",
                "Neighbors say the closing is part of a larger change.");
        assertTrue(required(a, "Ridgeline Partners").aliases().contains("Ridgeline"), names(a).toString());
        assertTrue(required(a, "Nguyen Van Thanh").aliases().contains("Nguyen"), names(a).toString());
        assertFalse(names(a).contains("Neighbors"), names(a).toString());
        assertFalse(names(a).contains("Nguyen"), names(a).toString());
    }

    @Test
    void aLeadersAdministrationIsAnOrganization() {
        Analysis a = analyze("The Obama administration said on Monday it would appeal the ruling.",
                "Officials who served in the Carter administration disagreed.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Obama administration").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Carter administration").type());
    }

    @Test
    void aTownListedBesideAPlaceOrElectingAnMpIsAPlace() {
        Analysis a = analyze("She expected other cities in the region, including Mesa and Chandler, to watch closely.",
                "The letter was organised by Siobhan Hale, the MP for Stroud.");
        assertEquals(ActorType.PLACE, required(a, "Mesa").type());
        assertEquals(ActorType.PLACE, required(a, "Stroud").type());
    }

    @Test
    void anAmpersandJoinsOneFirmsNameAndAccentsDoNotHideAKnownCompany() {
        Analysis a = analyze("Margins lag behind rivals such as Procter & Gamble and Nestlé, the report said.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Procter & Gamble").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Nestlé").type());
        assertFalse(names(a).contains("Gamble"), names(a).toString());
    }

    @Test
    void middleEasternBodiesAndGivenNamesAreKnown() {
        Analysis a = analyze("The Knesset voted on Monday, and Mossad declined to comment.",
                "Commanders of the Islamic Revolutionary Guard Corps met in Tehran. The IRGC said the drills would go on.",
                "Fadi Haddad runs a bakery in Tyre.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Knesset").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Mossad").type());
        assertTrue(required(a, "Islamic Revolutionary Guard Corps").aliases().stream().anyMatch(s -> s.endsWith("IRGC")), names(a).toString());
        assertEquals(ActorType.PERSON, required(a, "Fadi Haddad").type());
    }

    @Test
    void aGivenNameOnNoListIsThePersonItBeginsAndAKnownAcronymNamedOnceIsAnActor() {
        Analysis a = analyze("Lupita Nyong'o's Oscar dress was stolen from her hotel room, TMZ has learned.",
                "Police said the dress was taken out of Lupita's room on Tuesday night.",
                "The ship ran aground off Midway Atoll in 2019. Midway has no permanent residents.");
        assertTrue(required(a, "Lupita Nyong'o").aliases().contains("Lupita"), names(a).toString());
        assertEquals(ActorType.ORGANIZATION, required(a, "TMZ").type());
        assertEquals(ActorType.PLACE, required(a, "Midway Atoll").type()); // "Atoll" heads a place, not a surname
        assertFalse(names(a).contains("Police"), names(a).toString()); // "Police said": the police, no one named
    }

    @Test
    void platformsAndTechnologyCompaniesAreKnown() {
        Analysis a = analyze("The feature will reach Instagram and WhatsApp users first, and Alibaba Group said it would follow.",
                "Alibaba declined to comment further.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Instagram").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "WhatsApp").type());
        assertEquals(1, names(a).stream().filter(n -> n.startsWith("Alibaba")).count(), names(a).toString());
    }

    @Test
    void aKnownCompanyNamedOnceIsAnActorButAProgrammeIsNot() {
        Analysis a = analyze("The retailer's suppliers include Ikea and several smaller chains, the report said.",
                "Medicaid covers about one in five Americans, according to the report.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Ikea").type());
        assertFalse(names(a).contains("Medicaid"), names(a).toString());
    }

    @Test
    void aNameOwningAModelNumberedProductIsACompanyButAPersonKeepsTheirs() {
        Analysis a = analyze("Korvane's HoloDeck VR goes on sale in March. Korvane's HoloDeck 2 follows in May.",
                "The shop was owned by Abdulhadi Yarimoglu, whom local papers name as the buyer. Yarimoglu's LinkedIn page lists him as \"Executive Director at Harmony Goods.\"");
        assertEquals(ActorType.ORGANIZATION, required(a, "Korvane").type());
        assertEquals(ActorType.PERSON, required(a, "Abdulhadi Yarimoglu").type());
        assertTrue(a.quotes().stream().anyMatch(q -> q.text().startsWith("Executive Director") && "Abdulhadi Yarimoglu".equals(q.speaker())),
                () -> a.quotes().toString());
    }

    @Test
    void aBritishCountyOrBoroughIsAPlaceWhereTheTextPlacesIt() {
        Analysis a = analyze("The letter was organised by the MP for a seat in Gloucestershire and signed by councillors in Lambeth.");
        assertEquals(ActorType.PLACE, required(a, "Gloucestershire").type());
        assertEquals(ActorType.PLACE, required(a, "Lambeth").type());
    }

    @Test
    void aGenerationalSuffixIsNotTheSurname() {
        Analysis a = analyze("Rep. Harold B. Jennings Jr. (R-Ohio) opposed the bill on Tuesday.",
                "Jennings said the rule would do nothing for safety.");
        assertTrue(required(a, "Harold B. Jennings Jr.").aliases().contains("Jennings"), names(a).toString());
        assertFalse(names(a).contains("Jennings"), names(a).toString());
    }

    @Test
    void doubleGivenNamesWelshParticlesAndCompoundTitlesKeepTheNameWhole() {
        Analysis a = analyze("Jan-Willem de Graaf, a retired engineer, spoke first. Rhiannon ap Gwilym, a lawyer, spoke next.",
                "Councilmember Dana Whitfield voted against the measure.");
        required(a, "Jan-Willem de Graaf");
        required(a, "Rhiannon ap Gwilym");
        required(a, "Dana Whitfield");
        assertFalse(names(a).stream().anyMatch(n -> n.startsWith("Councilmember")), names(a).toString());
    }

    @Test
    void aFamilyNameWrittenFirstIsTheOneTheTitleTakes() {
        Analysis a = analyze("Takahashi Kenji, the company's chief executive, visited the plant on Monday.",
                "Mr Takahashi said the factory would stay open.");
        assertTrue(required(a, "Takahashi Kenji").aliases().contains("Takahashi"), names(a).toString());
        assertFalse(names(a).contains("Takahashi"), names(a).toString());
    }

    @Test
    void anArabCityIsKnownWithoutItsArticleAndFinalH() {
        Analysis a = analyze("New turbines will be built at power stations in Basra and Falluja, the ministry said.");
        assertEquals(ActorType.PLACE, required(a, "Basrah").type());
        assertEquals(ActorType.PLACE, required(a, "Al Fallūjah").type());
    }

    @Test
    void listsAndKnownBodiesInsideAnOrganizationsNameKeepItWhole() {
        Analysis a = analyze("The Department for Science, Innovation and Technology welcomed the plan.",
                "The Brotherhood of Locomotive Engineers and Trainmen praised the vote of the House Transportation and Infrastructure Committee.",
                "Clinton and Fox News clashed again on Monday.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Department for Science, Innovation and Technology").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Brotherhood of Locomotive Engineers and Trainmen").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "House Transportation and Infrastructure Committee").type());
        required(a, "Fox News");
    }

    @Test
    void aNameWithAPresidentOrAFounderIsAnOrganization() {
        Analysis a = analyze("\"We are here for the long term,\" said Joseph R. Kellerman, QX Vernalis's president for the region.",
                "Halvorix's founder, Anna Berg, said the plant would open in May.");
        assertEquals(ActorType.ORGANIZATION, required(a, "QX Vernalis").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Halvorix").type());
    }

    @Test
    void aCompassPointBeforeACountryNamesATown() {
        Analysis a = analyze("The train derailed in East Palestine, Ohio, in 2023. North Korea and South Sudan were not mentioned.",
                "East Palestine residents still report health problems.");
        assertEquals(ActorType.PLACE, required(a, "East Palestine").type());
        assertFalse(names(a).contains("Palestine"), names(a).toString());
        required(a, "North Korea");
        required(a, "South Sudan");
    }

    @Test
    void englishRegionsArePlaces() {
        Analysis a = analyze("This is the kind of investment the Midlands has been crying out for, and East Anglia too.");
        assertEquals(ActorType.PLACE, required(a, "Midlands").type());
        assertEquals(ActorType.PLACE, required(a, "East Anglia").type());
    }

    @Test
    void aStationsNumberIsPartOfItsName() {
        Analysis a = analyze("Speaking to BBC Radio 4's Today programme, she said no. He told Fox 35 in Orlando the same.",
                "A former player, speaking on BBC Radio 5 Live, said the signing was wise.");
        assertEquals(ActorType.ORGANIZATION, required(a, "BBC Radio 4").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Fox 35").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "BBC Radio 5 Live").type());
        assertFalse(names(a).contains("BBC Radio"), names(a).toString());
    }

    @Test
    void aTribeIsAnOrganization() {
        Analysis a = analyze("Elders of the Ngāruawai tribe say the strandings are a sign. Ngāruawai let the whales die on the beach.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Ngāruawai").type());
    }

    @Test
    void aNameAfterARegionAdjectiveIsAPlace() {
        Analysis a = analyze("The whales stranded on a beach in eastern Tarwhenua on Sunday, the second time this year.");
        assertEquals(ActorType.PLACE, required(a, "Tarwhenua").type());
    }

    @Test
    void aTownPlacedByItsRegionIsAPlace() {
        Analysis a = analyze("The rally was held in Madison, Wisconsin, on Saturday, and a second one near Tarrow, Texas.");
        assertEquals(ActorType.PLACE, required(a, "Madison").type());
        assertEquals(ActorType.PLACE, required(a, "Tarrow").type());
    }

    @Test
    void aSmallerTownIsAPlaceOnlyWhereTheTextPlacesIt() {
        Analysis a = analyze("Speaking in Harlem on Monday, the mayor promised new housing.",
                "Harlem residents have waited years for it, and Albany, Georgia, has yet to pay.");
        assertEquals(ActorType.PLACE, required(a, "Harlem").type());
        assertEquals(ActorType.PLACE, required(a, "Albany").type());
        Analysis s = analyze("A man from Kenansville, N.C., and two women from Buckeye, Ariz., were arrested on Sunday.");
        assertEquals(ActorType.PLACE, required(s, "Kenansville").type());
        assertEquals(ActorType.PLACE, required(s, "Buckeye").type());
        // a town's name that the text never places is a company or a person of that name
        Analysis b = analyze("Peabody said the mine would close in the spring.",
                "Sen. Marco Rubio spoke first, and support came to Rubio from the governor.");
        assertTrue(b.actors().stream().noneMatch(x -> x.type() == ActorType.PLACE), names(b).toString());
        // a city named like a person or a word ("Bristol", "Reading") the same way, but only "in" places one named
        // like a person; English names of foreign cities ("Seville", not only "Sevilla")
        Analysis c = analyze("The actor was born in Seville but grew up in Bristol, his agent said.",
                "The approach from Clinton was cautious, and Clinton said so.");
        assertEquals(ActorType.PLACE, required(c, "Bristol").type());
        assertEquals(ActorType.PLACE, required(c, "Seville").type());
        assertTrue(c.actors().stream().noneMatch(x -> x.name().equals("Clinton") && x.type() == ActorType.PLACE), names(c).toString());
    }

    @Test
    void britishInstitutionsAreWholeOrganisations() {
        Analysis a = analyze("The bill passed its second reading in the House of Commons on Tuesday.",
                "\u201cNobody in this House is naive about the threat,\u201d the minister said.",
                "The Department for Business and Trade said it was disappointed, and the NSPCC welcomed the bill.");
        Actor commons = required(a, "House of Commons");
        assertTrue(commons.aliases().contains("House"), commons.aliases().toString());
        assertFalse(names(a).contains("House of Representatives"), names(a).toString());
        assertEquals(ActorType.ORGANIZATION, required(a, "Department for Business and Trade").type());
        assertFalse(names(a).contains("Trade"), names(a).toString());
        assertEquals(ActorType.ORGANIZATION, required(a, "NSPCC").type());
    }

    @Test
    void footballClubsAreOrganisations() {
        Analysis a = analyze("Wolves came from behind to beat Aston Villa 2-1 at Molineux on Saturday.",
                "\u201cThey never stopped believing,\u201d Van der Berg told reporters after Arsenal had also won.");
        for (String club : List.of("Wolverhampton Wanderers", "Aston Villa", "Arsenal")) {
            assertEquals(ActorType.ORGANIZATION, required(a, club).type());
        }
        assertFalse(names(a).contains("Van"), names(a).toString());
    }

    @Test
    void aDatelineNamesItsPlaceAndAgency() {
        Analysis a = analyze("BEIRUT (Reuters) - Lebanon's cabinet on Tuesday approved a draft law, ministers said.");
        assertEquals(ActorType.PLACE, required(a, "Beirut").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Reuters").type());
        assertTrue(a.quotes().stream().noneMatch(q -> "Beirut".equals(q.speaker()) || "Reuters".equals(q.speaker())));
        // the bottom line reads without the dateline
        assertTrue(a.summary().get(0).startsWith("Lebanon's cabinet on Tuesday"), a.summary().get(0));
    }

    @Test
    void venuesArePlacesButASurnameAfterAGivenNameIsAPerson() {
        Analysis a = analyze("The match at Elland Road drew 36,000, and the premiere at the Royal Festival Hall sold out.",
                "\u201cIt was a wonderful night,\u201d said Jerry Hall, who attended both.");
        assertEquals(ActorType.PLACE, required(a, "Elland Road").type());
        assertEquals(ActorType.PLACE, required(a, "Royal Festival Hall").type());
        assertEquals(ActorType.PERSON, required(a, "Jerry Hall").type());
        assertTrue(a.quotes().stream().anyMatch(q -> "Jerry Hall".equals(q.speaker())), a.quotes().toString());
    }

    @Test
    void aWomansTitleNeverJoinsAMansName() {
        Analysis a = analyze("President Barack Obama hosted the party on Monday.",
                "\u201cWe love this time of year,\u201d Mrs. Obama said.", "Mr. Obama thanked the guests.");
        assertEquals(2, UsPoliticsActorsTest.actor(a, "Barack Obama").orElseThrow().mentions());
        required(a, "Mrs. Obama");
        assertEquals("Mrs. Obama", a.quotes().get(0).speaker());
    }

    @Test
    void commonGivenNamesTheFirstListsLackMakeAPerson() {
        Analysis a = analyze("The family of Walter Scott, an unarmed motorist, met the mayor on Monday.",
                "Jayden Marsh scored twice.");
        assertEquals(ActorType.PERSON, required(a, "Walter Scott").type());
        assertEquals(ActorType.PERSON, required(a, "Jayden Marsh").type());
        // an occupation before a name makes a person of a name no list knows
        Analysis b = analyze("The score, by Australian composer Alinta Warrigal, includes a folk song.",
                "The Yugoslav dissident Milovan Djilas wrote about it in 1957.");
        assertEquals(ActorType.PERSON, required(b, "Alinta Warrigal").type());
        assertEquals(ActorType.PERSON, required(b, "Milovan Djilas").type());
    }

    @Test
    void anAgeOrAKinNounMakesAPerson() {
        Analysis a = analyze("Doreth Quillan, 31, was arrested at the scene, police said.",
                "The driver and his wife, Amsel Vrana, were unhurt.", "Peller, 45, was released without charge.");
        for (String p : List.of("Doreth Quillan", "Amsel Vrana", "Peller")) assertEquals(ActorType.PERSON, required(a, p).type());
    }

    @Test
    void aSurnameTheArticleTitlesEndsTheName() {
        Analysis a = analyze("A spokeswoman, Marta Lindqvist White, said the service would resume on Friday.",
                "\u201cWe are working around the clock,\u201d Ms. White said.");
        Actor w = required(a, "Marta Lindqvist White");
        assertTrue(w.aliases().contains("White"), w.aliases().toString());
        assertFalse(names(a).contains("Marta Lindqvist"), names(a).toString());
    }

    @Test
    void aCompassWordOpensAPlaceNotAPerson() {
        Analysis a = analyze("Flooding closed roads across West Ardmoor on Sunday, and rail services to West Ardmoor were cut.");
        assertEquals(ActorType.PLACE, required(a, "West Ardmoor").type());
    }

    @Test
    void museumsAndResearchFirmsAreOrganizationsAndABillIsNobody() {
        Analysis a = analyze("Analysts at Halvern Research said the Corran Museum would lose visitors.",
                "The Coastal Access Bill passed its second reading on Tuesday, and Bill Tarrant voted for it.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Halvern Research").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Corran Museum").type());
        assertFalse(names(a).contains("Coastal Access Bill"), names(a).toString());
        assertTrue(names(a).contains("Bill Tarrant"), names(a).toString());
    }

    @Test
    void aLoneCapitalisedHeadWordIsNoActorButParliamentIs() {
        Analysis a = analyze("Residents met at the Center on Monday to discuss the flooding.",
                "The Committee will meet again in June, and Parliament will vote on the plan in July.");
        assertFalse(names(a).contains("Center"), names(a).toString());
        assertFalse(names(a).contains("Committee"), names(a).toString());
        assertTrue(names(a).contains("Parliament"), names(a).toString());
    }

    @Test
    void techAcronymsAreThingsNotOrganizations() {
        Analysis a = analyze("The console has a faster GPU and more RAM than the last one.",
                "The GPU renders games in HDR, and the SSD loads them in seconds, Halvex said. Halvex makes the GPU.");
        for (String thing : List.of("GPU", "RAM", "HDR", "SSD")) assertFalse(names(a).contains(thing), names(a).toString());
    }

    @Test
    void aCompanyTakenOverIsAnOrganization() {
        Analysis a = analyze("He brokered the $1 billion acquisition of Quillbit and closed the deal to buy Varnex Labs last year.",
                "Quillbit had 30 staff.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Quillbit").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Varnex Labs").type());
    }

    @Test
    void aNameBeforeACompanyRoleAndAPersonIsTheCompany() {
        Analysis a = analyze("It was not clear why the offer failed with Quillbit CEO Dara Venn, who rebuffed it.",
                "Quillbit has not commented.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Quillbit").type());
        assertEquals(ActorType.PERSON, required(a, "Dara Venn").type());
        // a politician has a spokesman too: the surname stays the senator's
        Analysis b = analyze("Senator Ted Marrow spoke on Monday. Marrow spokesman Rick Tyle said the senator was tired.",
                "Marrow left early.");
        assertEquals(ActorType.PERSON, required(b, "Ted Marrow").type());
    }

    @Test
    void aLoneNameAReportComesFromIsAnOrganization() {
        Analysis a = analyze("As Quillbit reports, the company announced that it would charge passengers more.",
                "According to Varnexa, fares rose fourfold in the city centre.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Quillbit").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Varnexa").type());
    }

    @Test
    void aLoneNameListedBesideAnOrganizationIsOne() {
        Analysis a = analyze("Quillbit and Apple shocked the world earlier this year by teaming up.",
                "It joins a crowd of partners such as Microsoft, Varnexa or Google.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Quillbit").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Varnexa").type());
        // the cut first word of a longer name, or a dateline's state, is not listed
        Analysis b = analyze("He suggested rallying NATO and Middle Eastern allies.");
        assertFalse(names(b).contains("Middle"), names(b).toString());
    }

    @Test
    void aPersonCalledByPartOfTheirNamesIsOneActor() {
        Analysis a = analyze("Hori Tamate and his son, Te Kaurinui Robert Tamate, were called in to assist.",
                "\u201cOur own ancestors wouldn\u2019t say to go down there,\u201d says Te Kaurinui.",
                "Te Kaurinui Tamate carved the bone at the centre.");
        Actor son = required(a, "Te Kaurinui Robert Tamate");
        assertTrue(son.aliases().contains("Te Kaurinui") && son.aliases().contains("Te Kaurinui Tamate"), son.aliases().toString());
        assertEquals("Te Kaurinui Robert Tamate", a.quotes().get(0).speaker());
        // a given name and a surname are a whole name, not the start of a title-case headline's run
        Analysis b = new Analyzer().analyze(new io.dossier.ingest.ArticleReader().fromText(
                "Glenn Beck Slams Drudge for Mocking His Fast, Cites Bible to Urge Ohio to \u2018Turn Away\u2019 from \u2018Boasters\u2019"
                        + " and \u2018Braggarts\u2019 Like Trump.\n\n"
                        + "After attacking the Drudge Report for a link to a Breitbart story about his fast, Glenn Beck doubled down,"
                        + " urging Ohio voters to \u201cturn away\u201d from GOP frontrunner Donald Trump.\n\n"
                        + "At a rally for Ted Cruz in Ohio, Beck said, \u201cTed and I were just driving in. You made another Drudge headline.\u201d\n"));
        assertEquals(List.of("Beck"), required(b, "Glenn Beck").aliases());
    }

    @Test
    void countriesOfHistoryArePlaces() {
        Analysis a = analyze("The Soviet Union and Yugoslavia split in 1948, and the USSR later courted East Germany.");
        assertEquals(ActorType.PLACE, required(a, "Soviet Union").type());
        assertEquals(List.of("USSR"), required(a, "Soviet Union").aliases());
        assertEquals(ActorType.PLACE, required(a, "East Germany").type());
    }

    @Test
    void hashtagsAndHandlesNameNoOne() {
        Analysis a = analyze("The tweet from the magazine reads, \u201c#Hamilton Chicago show interrupted by angry supporter.\u201d",
                "Fans wrote to @Uber_Sydney about the fares.");
        assertEquals(ActorType.PLACE, required(a, "Chicago").type());
        assertFalse(names(a).contains("Hamilton Chicago"), names(a).toString());
        assertFalse(names(a).contains("Sydney"), names(a).toString());
    }

    @Test
    void aNameEndingInAPlacesHeadWordIsAPlaceWhereverItStands() {
        Analysis a = analyze("Whales stranded on Varrow Island and the Kettle Islands last year, and rangers were stretched.",
                "The glow of New York\u2019s Tarrow Square drew crowds.");
        assertEquals(ActorType.PLACE, required(a, "Varrow Island").type());
        assertEquals(ActorType.PLACE, required(a, "Kettle Islands").type());
        assertEquals(ActorType.PLACE, required(a, "Tarrow Square").type());
    }

    @Test
    void aSurnameTwoPeopleShareIsTheOneNamedFirst() {
        Analysis a = analyze("Whale whisperer Hori Tamate was just seven years old when he attended his first stranding.",
                "Tamate and his 22-year-old son, Te Kaurinui Robert Tamate, were called in to assist.",
                "\u201cThese days it is like a zoo,\u201d says Tamate, bristling with anger.");
        assertEquals("Hori Tamate", a.quotes().get(0).speaker());
        assertTrue(required(a, "Hori Tamate").aliases().contains("Tamate"));
    }

    @Test
    void aCompanyNamedWithoutItsCompanyWordIsTheSameActor() {
        Analysis a = analyze("Facebook closed the deal to buy Quillbit VR in 2014. Quillbit had been a startup.",
                "Varnex Group said sales rose. Varnex is based in Hangzhou.");
        assertEquals(List.of("Quillbit"), required(a, "Quillbit VR").aliases());
        assertEquals(List.of("Varnex"), required(a, "Varnex Group").aliases());
        assertFalse(names(a).contains("Quillbit"), names(a).toString());
    }

    @Test
    void aHyphenatedTitleTitlesTheName() {
        Analysis a = analyze("The article falsely attributes a quote to President-elect Marrow, the blogger wrote.");
        assertEquals(ActorType.PERSON, required(a, "Marrow").type());
    }

    @Test
    void aSurnameWithAnHonorificIsOneOfThePersonsNames() {
        Analysis a = analyze("Mr. Marrow has promised to cut taxes. Senator Lena Varga disagreed, and Ms. Varga said it would cost more.");
        assertEquals(List.of("Mr. Marrow"), required(a, "Marrow").aliases());
        assertTrue(required(a, "Lena Varga").aliases().contains("Ms. Varga"), required(a, "Lena Varga").aliases().toString());
    }

    @Test
    void aPlaceIsFoundWithItsAccentsOrWithout() {
        Analysis a = analyze("She flew from Bogota to São Paulo, then to Sao Paulo again, and on to Montreal and Düsseldorf.");
        assertEquals(ActorType.PLACE, required(a, "São Paulo").type());
        assertEquals(List.of("Sao Paulo"), required(a, "São Paulo").aliases());
        assertEquals(ActorType.PLACE, required(a, "Bogotá").type());
        assertEquals(ActorType.PLACE, required(a, "Montréal").type());
        assertEquals(ActorType.PLACE, required(a, "Düsseldorf").type());
    }

    @Test
    void productsAndModelsAreNoOne() {
        Analysis a = analyze("The PS4 Pro and the Xbox One X use an AMD Polaris GPU with GDDR5 RAM, and PlayStation VR works on both.",
                "The actor played Navy SEAL Chris Kyle in the film. Kyle was killed in 2013.",
                "Sony said the Pro would cost $399, and buyers of the Pro get a game. The GPU runs hot; the RAM does not.");
        for (String product : List.of("PS4 Pro", "AMD Polaris GPU", "GDDR5 RAM", "PlayStation VR")) {
            assertFalse(names(a).contains(product), product + " in " + names(a));
        }
        assertTrue(a.actors().stream().anyMatch(x -> x.name().endsWith("Chris Kyle") && x.type() == ActorType.PERSON), names(a).toString());
    }

    @Test
    void aCityBeforeOneMoreWordNamesACompany() {
        Analysis a = analyze("Leeds Quantics harvested the data of millions of users, the company admitted.",
                "Leeds Quantics has since closed.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Leeds Quantics").type());
    }

    @Test
    void anEnglishWordRarelyGivenAsANameStartsNoPersonsName() {
        Analysis a = analyze("\u201cHi Americans! You may want to move here,\u201d the banner on the page read.",
                "The mayor spoke for an hour. Even Friday\u2019s rally, a smaller one, drew a crowd.");
        assertFalse(names(a).contains("Hi Americans"), names(a).toString());
        assertFalse(names(a).contains("Even Friday"), names(a).toString());
    }

    @Test
    void aPossessiveGoesOnIntoAnInstitutionsName() {
        Analysis a = analyze("Researchers at the Varrow Children\u2019s Research Institute led the study, and doctors at St Mary\u2019s Hospital agreed.",
                "The Varrow Children\u2019s Research Institute said more work was needed.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Varrow Children\u2019s Research Institute").type());
        assertFalse(names(a).contains("Varrow Children"), names(a).toString());
    }

    @Test
    void anOutletNamedByItsHeadWordIsAnOrganization() {
        Analysis a = analyze("He said so according to a transcript reviewed by the Harbour Weekly, and the Kettle Chronicle agreed.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Harbour Weekly").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Kettle Chronicle").type());
    }

    @Test
    void aShortSentenceOfNamesIsNoHeadline() {
        Analysis a = analyze("Jane Varga runs Acme Corp in Ohio. Tom Reyes runs Brava Ltd.",
                "Acme Corp said sales rose, and Reyes said Brava Ltd would follow.");
        assertEquals(ActorType.PERSON, required(a, "Tom Reyes").type());
        assertEquals(List.of("Brava Ltd"), required(a, "Brava Ltd.").aliases());
    }

    @Test
    void aListOfPhotoCreditsNamesNoOne() {
        Analysis a = analyze("You have worked hard to reprogram your mind, so reap the benefits for years to come.",
                "Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), Jane Theriot, davidd, George Redgrove, David Amsel.");
        assertFalse(names(a).contains("George Redgrove"), names(a).toString());
        assertFalse(names(a).contains("David Amsel"), names(a).toString());
    }

    @Test
    void aCompanyNamedAtTheStartOfASentenceKeepsItsName() {
        Analysis a = analyze("Acme Corp cut 500 jobs on Monday. \u201cWe regret the impact on our staff,\u201d the company said.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Acme Corp").type());
        assertFalse(names(a).contains("Corp"), names(a).toString());
    }

    @Test
    void aSportsOutletIsAnOrganization() {
        Analysis a = analyze("The coach spoke to Rai Sport after the game, and Kettle Sports carried the interview.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Rai Sport").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Kettle Sports").type());
    }

    @Test
    void aNameAClauseSaysOwnsThingsIsACompany() {
        Analysis a = analyze("Meta, which owns Facebook and Instagram, was fined 200 million euros on Monday.",
                "Meta said it would appeal against the fine.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Meta").type());
    }

    @Test
    void aNameBeforeAnAreaNounIsAPlaceButNotTheHeadOfAnAppositive() {
        Analysis a = analyze("The craft broke up over the remote Varkhan region on Thursday, and debris fell in Ostrell province.",
                "Clinton, the former secretary of state, said the inquiry was over.");
        assertEquals(ActorType.PLACE, required(a, "Varkhan").type());
        assertEquals(ActorType.PLACE, required(a, "Ostrell").type());
        assertEquals(ActorType.PERSON, required(a, "Clinton").type());
    }

    @Test
    void aNameBeforeAModifiedOrganizationNounIsAnOrganization() {
        Analysis a = analyze("Local people heard a loud thud, the regional government was quoted as saying by the Merrivax news agency.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Merrivax").type());
    }

    @Test
    void wireRegionsAndNewsAgenciesAreKnown() {
        Analysis a = analyze("The cargo ship broke up over Siberia on Thursday, Interfax reported.");
        assertEquals(ActorType.PLACE, required(a, "Siberia").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Interfax").type());
    }

    @Test
    void aCreditedPhotoCaptionAndAContributorLineNameNoOne() {
        Analysis a = analyze("In this photo Senator Tamsin Kettleworth, 54, checks the rocket on a launch pad. (Oleg Verrin/ Space Agency Press Service photo via AP)",
                "The rocket broke up minutes after launch, the agency said.",
                "Aerospace Writer Marta Dunnell in Cape Canaveral, Florida, and Viktor Isakov in Moscow contributed to this report.");
        assertFalse(names(a).contains("Oleg Verrin"), names(a).toString());
        assertFalse(names(a).contains("Tamsin Kettleworth"), names(a).toString());
        assertFalse(names(a).contains("Marta Dunnell"), names(a).toString());
        assertFalse(names(a).contains("Viktor Isakov"), names(a).toString());
    }

    @Test
    void aConsortiumACommandARegulatorAnAcademyAndAGuildEndOrganizationNames() {
        Analysis a = analyze("Prices rose, according to the Kestrel Retail Consortium, while Varn Cyber Command, the Ostrel Payments Regulator,"
                + " the Royal Academy of Marine Art and the Tollan Writers Guild said nothing.");
        allOfType(a, ActorType.ORGANIZATION, "Kestrel Retail Consortium", "Varn Cyber Command", "Ostrel Payments Regulator",
                "Royal Academy of Marine Art", "Tollan Writers Guild");
    }

    @Test
    void englandsRegionsAndBritishShopsAreKnown() {
        Analysis a = analyze("Aldi and Lidl gained shoppers in the South East and in North Wales, and Sainsbury's lost them.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Aldi").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "Lidl").type());
        assertEquals(ActorType.PLACE, required(a, "South East").type());
        assertEquals(ActorType.PLACE, required(a, "North Wales").type());
        Analysis b = analyze("In Barnsley, South Yorkshire, a shopper said prices had doubled, and a new town is planned in Bedfordshire.");
        assertEquals(ActorType.PLACE, required(b, "South Yorkshire").type());
        assertEquals(ActorType.PLACE, required(b, "Bedfordshire").type());
    }

    @Test
    void anAppositiveWithAWhoseClauseStillNamesACompany() {
        Analysis a = analyze("The tool was supplied by Vocaltis, a London start-up whose software can recreate an actor's voice from a few minutes of recordings.",
                "Vocaltis said its licence terms required customers to obtain \u201cexplicit written consent\u201d from anyone whose voice is recreated.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Vocaltis").type());
    }

    @Test
    void givenNamesFromOutsideTheEnglishSpeakingWorldAndWithAccentsMakePeople() {
        Analysis a = analyze("The film stars Timothée Varnell and Saoirse Kellan, and Oluwaseun Adeyemi wrote the score.");
        allOfType(a, ActorType.PERSON, "Timothée Varnell", "Saoirse Kellan", "Oluwaseun Adeyemi");
    }

    @Test
    void aCompanysRoleBeforeOfMakesTheNameACompany() {
        Analysis a = analyze("Vidstrom announced updates to its platform yesterday.",
                "\u201cVideo is simply more efficient,\u201d says Michael Litt, co-founder and CEO of Vidstrom.",
                "Vidstrom now offers users of its Pro plan more security.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Vidstrom").type());
    }

    @Test
    void technologyAcronymsNameNoOrganization() {
        Analysis a = analyze("Browsing a few jobs on Stack Overflow, positions vary in the skills they require, such as React.js, Angular, PHP, HTML, CSS, and other technologies.",
                "The code base is currently 59% PHP and 27% JavaScript. The percentage of PHP has grown over time.");
        assertFalse(names(a).contains("PHP"), names(a).toString());
        assertFalse(names(a).contains("CSS"), names(a).toString());
    }

    @Test
    void aBroadcastersServiceForANationIsOneOrganization() {
        Analysis a = analyze("The manager told BBC Scotland he was happy, and BBC Wales carried the interview.");
        assertEquals(ActorType.ORGANIZATION, required(a, "BBC Scotland").type());
        assertEquals(ActorType.ORGANIZATION, required(a, "BBC Wales").type());
        assertFalse(names(a).contains("Scotland"), names(a).toString());
    }

    @Test
    void partiesNewsNamesByAcronymOrAloneAreKnown() {
        Analysis a = analyze("Zanu-PF said the vote was fair, while the ANC and Fidesz sent observers.");
        allOfType(a, ActorType.ORGANIZATION, "Zanu-PF", "African National Congress", "Fidesz");
    }

    @Test
    void aNameAfterTheNounJournalIsAnOrganization() {
        Analysis a = analyze("The study, published in the journal Cortex Letters, found the effect held for adults.");
        assertEquals(ActorType.ORGANIZATION, required(a, "Cortex Letters").type());
    }

    @Test
    void aBrandShortenedToItsFirstWordIsNoPerson() {
        Analysis a = analyze("Owners of the Quorva Play can now stream games through Quorva Play without a subscription.",
                "The Quorva catalogue will reach Europe next year.",
                "Teams are testing the Zentrix PRO firmware, and Zentrix Pro units ship in May.");
        assertFalse(names(a).contains("Quorva Play"), names(a).toString());
        assertFalse(names(a).stream().anyMatch(n -> n.startsWith("Zentrix")), names(a).toString());
    }

    @Test
    void aConstituencyAndAPrisonArePlaces() {
        Analysis a = analyze("Reform UK has won the Brindle Moss by-election, taking a seat Labour had held for decades.",
                "Turnout in towns like Brindle was low. Inmates at Harrowgate Prison voted by post.");
        allOfType(a, ActorType.PLACE, "Brindle Moss", "Harrowgate Prison");
    }

    @Test
    void aSaintOrAnArticleOpensAPlaceAndRealOrBorussiaAClub() {
        Analysis a = analyze("The defender joined from Real Montera after five years at the club's academy in San Tolomeo.",
                "Borussia Ellwangen also bid for him. He grew up in Los Tarecos and played in La Liga for three seasons.",
                "Real Montera said he would always be welcome in San Tolomeo.");
        allOfType(a, ActorType.ORGANIZATION, "Real Montera", "Borussia Ellwangen", "La Liga");
        allOfType(a, ActorType.PLACE, "San Tolomeo", "Los Tarecos");
    }

    @Test
    void aPensionSchemeIsOneOrganization() {
        Analysis a = analyze("The 40 funds that make up the Local Government Pension Scheme hold about £90bn.",
                "The Harbour Workers Pension Scheme said it would merge with them.");
        allOfType(a, ActorType.ORGANIZATION, "Local Government Pension Scheme", "Harbour Workers Pension Scheme");
        assertFalse(names(a).contains("Local Government"), names(a).toString());
    }

    @Test
    void aHotelOrPubChainIsAnOrganization() {
        Analysis a = analyze("Leeds-based Morwick Inns said soaring energy bills had left the pubs unviable.",
                "Brackley Hotels and the Tollgate Brewery said they faced the same costs.");
        allOfType(a, ActorType.ORGANIZATION, "Morwick Inns", "Brackley Hotels", "Tollgate Brewery");
    }

    @Test
    void outletsOfTheWebAndOfOtherCountriesAreKnown() {
        Analysis a = analyze("The deal was first reported by Business Insider and later confirmed to The Globe and Mail.",
                "The Sydney Morning Herald and TechCrunch ran the story a day later.");
        allOfType(a, ActorType.ORGANIZATION, "Business Insider", "The Globe and Mail", "The Sydney Morning Herald", "TechCrunch");
    }

    @Test
    void anOrdinalInFiguresOpensAStreetsName() {
        Analysis a = analyze("The diner on 18th Street will close, and two shops on 42nd Avenue shut last month.",
                "Neighbors say 18th Street is changing fast.");
        allOfType(a, ActorType.PLACE, "18th Street", "42nd Avenue");
    }
}
