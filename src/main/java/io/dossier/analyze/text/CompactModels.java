package io.dossier.analyze.text;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.GISModelReader;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
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
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The OpenNLP part-of-speech model in a form that loads in a fraction of the time: the same maximum-entropy weights, written at build time as blocks of ints, names and
 * doubles together with the predicates' hash table, so that loading is a few bulk reads instead
 * of a {@code readUTF}/{@code readDouble} per value and an object and map entry per predicate.
 * A one-shot {@code dossier build} waits for this model before it can analyse. (Analysis splits
 * sentences and tokens by rule, so OpenNLP's sentence and token models are not used.)
 *
 * <p>{@link #main} writes it (the build runs it in {@code process-classes}); {@link #readPos}
 * turns it into an OpenNLP model ({@link CompactMaxentModel}) whose probabilities equal the original's. The build also sets the tagger's beam from 3 to 1: on the 77,000 tokens of
 * PolNeAR's dev articles greedy tagging gives exactly the beam's tags, in about half the time.
 */
public final class CompactModels {

    /** Where the build puts the compact models, on the classpath. */
    static final String FOLDER = "models";
    static final String POS = "pos-en.bin";
    private static final int MAGIC = 0x444F5332; // "DOS2"

    private CompactModels() {
    }

    /**
     * {@code pos SOURCE TARGET [BEAM]}: writes the compact form of the OpenNLP part-of-speech model
     * {@code SOURCE} (a classpath resource) to {@code TARGET}, with the beam size given, or the model's own.
     */
    public static void main(String[] args) throws IOException {
        if (!args[0].equals("pos")) throw new IllegalArgumentException("only the part-of-speech model (pos): " + args[0]);
        String source = args[1];
        Path target = Path.of(args[2]);
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = CompactModels.class.getClassLoader().getResourceAsStream(source)) {
            if (in == null) throw new IOException("model not on the classpath: " + source);
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) entries.put(e.getName(), zip.readAllBytes());
        }
        GISModel model = (GISModel) new GISModelReader(new BinaryFileDataReader(
                new ByteArrayInputStream(entries.get("pos.model")))).getModel();
        Properties manifest = new Properties();
        manifest.load(new ByteArrayInputStream(entries.get("manifest.properties")));
        String beam = args.length > 3 ? args[3] : manifest.getProperty("BeamSize", "3");
        byte[] extra = entries.get("generator.featuregen");
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(model, beam, extra, out);
        }
    }

    /** The format: magic, beam size, the model's extra bytes (its feature generators), then the weights. */
    static void write(GISModel model, String beamSize, byte[] extra, OutputStream target) throws IOException {
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
        out.writeInt(MAGIC);
        out.writeInt(Integer.parseInt(beamSize));
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

    /** The part-of-speech model from its compact form. */
    static POSModel readPos(byte[] compact) {
        Compact c = read(compact);
        Map<String, String> manifest = new HashMap<>();
        manifest.put("BeamSize", Integer.toString(c.beamSize()));
        return new POSModel("en", c.model(), c.beamSize(), manifest, new POSTaggerFactory(c.extra(), new HashMap<>(), null));
    }

    private record Compact(CompactMaxentModel model, int beamSize, byte[] extra) {
    }

    private static Compact read(byte[] all) {
        ByteBuffer b = ByteBuffer.wrap(all);
        if (b.getInt() != MAGIC) throw new IllegalStateException("not a compact model (rebuild: ./mvnw package)");
        int beamSize = b.getInt();
        byte[] extra = new byte[b.getInt()];
        b.get(extra);
        String[] outcomes = new String[b.getInt()];
        for (int i = 0; i < outcomes.length; i++) outcomes[i] = readString(all, b);
        int[][] patterns = new int[b.getInt()][];
        for (int i = 0; i < patterns.length; i++) patterns[i] = readInts(b);
        int[] patternOf = readInts(b);
        int[] nameAt = readInts(b);
        int[] hashes = readInts(b);
        int[] slots = readInts(b);
        byte[] names = new byte[b.getInt()];
        b.get(names);
        double[] weights = new double[b.getInt()];
        b.asDoubleBuffer().get(weights);
        int[] weightAt = new int[patternOf.length];
        for (int i = 0, w = 0; i < patternOf.length; i++) {
            weightAt[i] = w;
            w += patterns[patternOf[i]].length;
        }
        return new Compact(new CompactMaxentModel(outcomes, patterns, patternOf, weightAt, weights, names, nameAt, hashes, slots),
                beamSize, extra);
    }

    private static int[] readInts(ByteBuffer b) {
        int[] values = new int[b.getInt()];
        b.asIntBuffer().get(values);
        b.position(b.position() + 4 * values.length);
        return values;
    }

    private static String readString(byte[] all, ByteBuffer b) {
        int length = b.getInt();
        String s = new String(all, b.position(), length, StandardCharsets.UTF_8);
        b.position(b.position() + length);
        return s;
    }
}
