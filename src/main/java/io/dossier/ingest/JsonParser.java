package io.dossier.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.BadInputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON: {@code {"title","source","date","url","byline","text"}} ("paragraphs" as an array also works). */
final class JsonParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonParser() {
    }

    static Draft parse(String json, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(name + ": is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        if (root == null || !root.isObject()) throw new BadInputException(name + ": expected a JSON object with a \"text\" field");
        List<String> paragraphs;
        JsonNode ps = root.get("paragraphs");
        if (ps != null && ps.isArray()) {
            paragraphs = new ArrayList<>();
            for (JsonNode p : ps) {
                String t = Normalizer.tidyParagraph(Normalizer.normalize(p.asText("")));
                if (!t.isEmpty()) paragraphs.add(t);
            }
        } else {
            String text = raw(root, "text", "body", "content");
            if (text == null) {
                // a "text" that is there but blank is an empty article, not a malformed file
                if (hasString(root, "text", "body", "content")) throw new BadInputException(name + ": is empty (the \"text\" field is blank)");
                throw new BadInputException(name + ": the JSON has no \"text\" field with the article");
            }
            paragraphs = Paragraphs.split(Normalizer.normalize(text));
        }
        return new Draft(str(root, "title", "headline"), str(root, "source", "publisher"), str(root, "date", "published"),
                str(root, "url"), str(root, "byline", "author"), paragraphs);
    }

    private static String str(JsonNode root, String... keys) {
        for (String k : keys) {
            JsonNode n = root.get(k);
            if (n != null && n.isTextual() && !n.asText().isBlank()) return Normalizer.tidyParagraph(Normalizer.normalize(n.asText()));
        }
        return null;
    }

    /** Field text with its line breaks intact (they separate paragraphs). */
    private static String raw(JsonNode root, String... keys) {
        for (String k : keys) {
            JsonNode n = root.get(k);
            if (n != null && n.isTextual() && !n.asText().isBlank()) return n.asText();
        }
        return null;
    }

    private static boolean hasString(JsonNode root, String... keys) {
        for (String k : keys) {
            JsonNode n = root.get(k);
            if (n != null && n.isTextual()) return true;
        }
        return false;
    }

    private static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
