package io.dossier.analyze.text;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.GISModelReader;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A build tool (run in {@code process-classes}; never in the jar): writes the OpenNLP
 * part-of-speech model {@link CompactModels#SOURCE_POS} in the compact form {@link CompactModels}
 * reads, into {@code CLASSES/}{@link CompactModels#FOLDER}{@code /}{@link CompactModels#POS}. The
 * beam is set to 1: on the 77,000 tokens of PolNeAR's dev articles greedy tagging gives exactly the
 * model's beam-of-3 tags, in about half the time. It is in the runtime's package to share the
 * format's private parts ({@link CompactModels#MAGIC}, {@link CompactMaxentModel#firstSlot}).
 */
public final class CompactModelWriter {

    /** Greedy tagging (see above). */
    private static final int BEAM = 1;

    private CompactModelWriter() {
    }

    /** {@code CLASSES}: the build's output folder; the original model comes from the classpath. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0], CompactModels.FOLDER, CompactModels.POS);
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = CompactModelWriter.class.getClassLoader().getResourceAsStream(CompactModels.SOURCE_POS)) {
            if (in == null) throw new IOException("model not on the classpath: " + CompactModels.SOURCE_POS);
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) entries.put(e.getName(), zip.readAllBytes());
        }
        GISModel model = (GISModel) new GISModelReader(new BinaryFileDataReader(
                new ByteArrayInputStream(entries.get("pos.model")))).getModel();
        byte[] extra = entries.get("generator.featuregen");
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(model, BEAM, extra, out);
        }
    }

    /** The format: magic, beam size, the model's extra bytes (its feature generators), then the weights. */
    static void write(GISModel model, int beamSize, byte[] extra, OutputStream target) throws IOException {
        Object[] parts = model.getDataStructures();
        Context[] params = (Context[]) parts[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        IdentityHashMap<Context, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < params.length; i++) position.put(params[i], i);
        String[] labels = new String[params.length];
        predicates.forEach((label, context) -> labels[position.get(context)] = label);

        Map<String, Integer> patternIndex = new LinkedHashMap<>();
        List<int[]> patterns = new ArrayList<>();
        int[] patternOf = new int[params.length];
        int weights = 0;
        for (int i = 0; i < params.length; i++) {
            int[] outcomesOf = params[i].getOutcomes();
            patternOf[i] = patternIndex.computeIfAbsent(Arrays.toString(outcomesOf), k -> {
                patterns.add(outcomesOf);
                return patterns.size() - 1;
            });
            weights += outcomesOf.length;
        }
        ByteArrayOutputStream nameBytes = new ByteArrayOutputStream();
        int[] nameAt = new int[labels.length + 1];
        int[] hashes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            nameBytes.write(labels[i].getBytes(StandardCharsets.UTF_8));
            nameAt[i + 1] = nameBytes.size();
            hashes[i] = labels[i].hashCode();
        }
        int[] slots = new int[Integer.highestOneBit(Math.max(2, 2 * labels.length - 1)) << 1];
        for (int i = 0; i < labels.length; i++) {
            int at = CompactMaxentModel.firstSlot(hashes[i], slots.length - 1);
            while (slots[at] != 0) at = (at + 1) & (slots.length - 1);
            slots[at] = i + 1;
        }

        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(target));
        out.writeInt(CompactModels.MAGIC);
        out.writeInt(beamSize);
        out.writeInt(extra.length);
        out.write(extra);
        out.writeInt(outcomes.length);
        for (String o : outcomes) writeString(out, o);
        out.writeInt(patterns.size());
        for (int[] p : patterns) writeInts(out, p);
        writeInts(out, patternOf);
        writeInts(out, nameAt);
        writeInts(out, hashes);
        writeInts(out, slots);
        out.writeInt(nameBytes.size());
        nameBytes.writeTo(out);
        out.writeInt(weights);
        for (Context c : params) for (double w : c.getParameters()) out.writeDouble(w);
        out.flush();
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
