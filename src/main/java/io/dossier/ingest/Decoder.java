package io.dossier.ingest;

import io.dossier.BadInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; refuses binary files. */
final class Decoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    static String decode(byte[] bytes, String name, Consumer<String> warnings) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        for (byte b : bytes) {
            if (b == 0) throw new BadInputException(name + ": looks like a binary file (it contains NUL bytes), not an article");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        boolean windows1252 = false;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            windows1252 = true;
        }
        // Refused before the warning: a refused file gets one line, the reason, not a warning too.
        if (mostlyNotText(text)) throw new BadInputException(name + ": looks like a binary file (mostly control characters), not an article");
        if (windows1252) warnings.accept(name + ": not valid UTF-8; read as Windows-1252");
        return text;
    }

    private static boolean mostlyNotText(String s) {
        int bad = 0;
        int sample = Math.min(s.length(), 65536);
        for (int i = 0; i < sample; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0)) bad++;
        }
        return sample > 0 && bad * 10 > sample;
    }
}
