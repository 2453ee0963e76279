package io.dossier.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads and writes the Analysis JSON. Unknown fields are ignored so the contract can grow. */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AnalysisJson() {
    }

    public static String write(Analysis analysis) {
        try {
            return MAPPER.writeValueAsString(analysis) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Analysis read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Analysis.class);
    }

    public static Analysis read(String json) throws IOException {
        return MAPPER.readValue(json, Analysis.class);
    }
}
