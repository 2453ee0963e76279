package io.dossier.analyze;

import io.dossier.analyze.text.Lexicon;

import io.dossier.analyze.text.Sentence;

import io.dossier.analyze.text.Document;
import io.dossier.analyze.text.QuoteSpan;

import io.dossier.model.Event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated events: explicit dates ("Oct. 7, 2023", "October 7", "July 2024"), months and years after a
 * preposition ("in July", "since May", "in 2007"), weekdays and relative days ("on Wednesday",
 * "yesterday", "last week") resolved against the article date.
 *
 * <p>Without an article date we estimate the year the article was written in: news style omits the
 * year for dates in the current year and writes it for other years, so the year after the latest
 * fully written date (month, day and year) is the best guess — "Oct. 7, 2023" plus "in July" gives
 * July 2024. Failing that, the latest year written. Such dates still sort; weekdays and relative days
 * need a real article date and are skipped without one.
 *
 * <p>Dates inside quotation marks are the speaker's ("“we will meet today”"), not the article's: they are never events.
 */
final class TimelineExtractor {

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|"
            + "Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    /** Month day[, year] — or day Month [year]. */
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})\\s" + MONTH + "(?:\\s(\\d{4})\\b)?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s(\\d{4})\\b");
    private static final Pattern PREP_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|"
            + "[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Tt]his|[Nn]ext|[Tt]hrough|[Tt]ill|[Oo]f|[Ee]nd of|[Ss]tart of)\\s?" + MONTH + "(?!\\s\\d)\\b");
    private static final Pattern PREP_YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]uring|"
            + "[Ee]arly|[Ll]ate|[Tt]hrough|[Oo]f|[Ee]nd of)\\s((?:19|20)\\d{2})\\b(?![-,.]?\\d)");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|next|this|on|since|by|until|from)\\s)?"
            + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tomorrow|(?:last|next|this) (?:week|month|year))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Month numbers by the first three letters of the month's name ("jan" → 1), from the lexicon's months. */
    private static final Map<String, Integer> MONTHS = monthNumbers();

    private static Map<String, Integer> monthNumbers() {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Lexicon.MONTHS.size(); i++) out.put(Lexicon.MONTHS.get(i).substring(0, 3), i + 1);
        return Map.copyOf(out);
    }

    private record Found(int start, int end, String date, String label, int sentence) {
    }

    List<Event> extract(Document doc, String articleDate) {
        LocalDate ref = parse(articleDate);
        List<Found> found = new ArrayList<>();
        int estimatedYear = ref != null ? ref.getYear() : estimateYear(doc);
        for (Sentence s : doc.sentences()) scan(s, ref, estimatedYear, found);
        // one event per date and sentence; the most specific label wins when matches overlap
        found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end - f.start)));
        List<Event> events = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int coveredUntil = -1;
        List<QuoteSpan> quotes = doc.quotes();
        int q = 0;
        for (Found f : found) {
            if (f.start < coveredUntil) continue;
            coveredUntil = f.end;
            if (f.date == null) continue;
            // "“We will meet today,” he said": a date inside a quotation is the speaker's, not an event the article dates
            while (q < quotes.size() && quotes.get(q).after() <= f.start) q++;
            if (inside(quotes, q, f.start)) continue;
            if (!seen.add(f.date + "|" + f.sentence)) continue;
            events.add(new Event(f.date, f.label, doc.sentences().get(f.sentence).text().strip()));
        }
        events.sort(Comparator.comparing(Event::date)); // stable: same date keeps article order
        return events;
    }

    private void scan(Sentence s, LocalDate ref, int year, List<Found> out) {
        String t = s.text();
        int base = s.start();
        Matcher m = MONTH_DAY.matcher(t);
        while (m.find()) {
            int month = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            if (day < 1 || day > 31) continue;
            String date;
            if (m.group(3) != null) date = iso(Integer.parseInt(m.group(3)), month, day);
            else if (ref != null) date = iso(yearFor(ref, month), month, day);
            else date = year > 0 ? iso(year, month, day) : null;
            add(out, base, m, date, s);
        }
        m = DAY_MONTH.matcher(t);
        while (m.find()) {
            int month = month(m.group(2));
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) continue;
            String date = m.group(3) != null ? iso(Integer.parseInt(m.group(3)), month, day)
                    : ref != null ? iso(yearFor(ref, month), month, day) : year > 0 ? iso(year, month, day) : null;
            add(out, base, m, date, s);
        }
        m = MONTH_YEAR.matcher(t);
        while (m.find()) add(out, base, m, String.format(Locale.ROOT, "%04d-%02d", Integer.parseInt(m.group(2)), month(m.group(1))), s);
        m = PREP_MONTH.matcher(t);
        while (m.find()) {
            int month = month(m.group(1));
            if (m.group(1).equals("May") && !plausibleMay(t, m)) continue;
            int y = ref != null ? yearFor(ref, month) : year;
            add(out, base, m, y > 0 ? String.format(Locale.ROOT, "%04d-%02d", y, month) : null, s, m.start(1), m.end());
        }
        m = PREP_YEAR.matcher(t);
        while (m.find()) add(out, base, m, m.group(1), s, m.start(1), m.end(1));
        if (ref == null) return; // weekdays and "last week" mean nothing without the article's own date
        m = WEEKDAY.matcher(t);
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate d = ref;
            String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (mod.equals("next")) {
                d = ref.plusDays(1);
                while (d.getDayOfWeek() != dow) d = d.plusDays(1);
            } else {
                // news reports mostly look back: the latest such weekday on or before the article date
                while (d.getDayOfWeek() != dow) d = d.minusDays(1);
                if (mod.equals("last") && d.equals(ref)) d = d.minusDays(7);
            }
            int from = mod.equals("on") || mod.isEmpty() ? m.start(2) : m.start();
            add(out, base, m, d.toString(), s, from, m.end());
        }
        m = RELATIVE.matcher(t);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            String date = switch (w) {
                case "yesterday" -> ref.minusDays(1).toString();
                case "today" -> ref.toString();
                case "tomorrow" -> ref.plusDays(1).toString();
                case "last week" -> ref.minusWeeks(1).toString();
                case "this week" -> ref.toString();
                case "next week" -> ref.plusWeeks(1).toString();
                case "last month" -> ref.minusMonths(1).toString().substring(0, 7);
                case "this month" -> ref.toString().substring(0, 7);
                case "next month" -> ref.plusMonths(1).toString().substring(0, 7);
                case "last year" -> String.valueOf(ref.getYear() - 1);
                case "this year" -> String.valueOf(ref.getYear());
                case "next year" -> String.valueOf(ref.getYear() + 1);
                default -> null;
            };
            add(out, base, m, date, s);
        }
    }

    /** Does {@code offset} lie between the marks of a quotation, looking from quote {@code q} (sorted by opening mark)? */
    private static boolean inside(List<QuoteSpan> quotes, int q, int offset) {
        for (int k = q; k < quotes.size() && quotes.get(k).open() < offset; k++) {
            if (offset < quotes.get(k).after()) return true;
        }
        return false;
    }

    /** "May" is also a verb; after a preposition it is a month, but "it may" never reaches here (lowercase). */
    private static boolean plausibleMay(String t, Matcher m) {
        int after = m.end();
        return after >= t.length() || !Character.isLetter(t.charAt(Math.min(after + 1, t.length() - 1))) || t.charAt(after) == ','
                || t.charAt(after) == '.' || !Character.isLowerCase(t.charAt(Math.min(after + 1, t.length() - 1)))
                || t.startsWith(" and", after) || t.startsWith(" to", after) || t.startsWith(" when", after);
    }

    private static void add(List<Found> out, int base, Matcher m, String date, Sentence s) {
        add(out, base, m, date, s, m.start(), m.end());
    }

    private static void add(List<Found> out, int base, Matcher m, String date, Sentence s, int from, int to) {
        String label = s.text().substring(from, to).strip();
        if (label.endsWith(",")) label = label.substring(0, label.length() - 1);
        out.add(new Found(base + from, base + to, date, label, s.index()));
    }

    /** The latest occurrence of a month on or before the article date. */
    private static int yearFor(LocalDate ref, int month) {
        return month <= ref.getMonthValue() ? ref.getYear() : ref.getYear() - 1;
    }

    private static int estimateYear(Document doc) {
        int fullDateYear = 0;
        int anyYear = 0;
        for (Sentence s : doc.sentences()) {
            Matcher m = MONTH_DAY.matcher(s.text());
            while (m.find()) if (m.group(3) != null) fullDateYear = Math.max(fullDateYear, Integer.parseInt(m.group(3)));
            m = PREP_YEAR.matcher(s.text());
            while (m.find()) anyYear = Math.max(anyYear, Integer.parseInt(m.group(1)));
        }
        return Math.max(fullDateYear > 0 ? fullDateYear + 1 : 0, anyYear);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String iso(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate parse(String date) {
        if (date == null) return null;
        try {
            return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
