package io.dossier.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rewritten concatenations give exactly the strings the invokedynamic ones give. */
class InlineStringConcatTest {

    private static final String SOURCE = """
            package fixture;
            public interface Concat {
                static String all(boolean z, char c, byte b, short s, int i, long j, float f, double d,
                                  String str, Object o, char[] chars, Integer boxed, CharSequence cs) {
                    return "z=" + z + " c=" + c + " b=" + b + " s=" + s + " i=" + i + " j=" + j + " f=" + f
                            + " d=" + d + " str=" + str + " o=" + o + " boxed=" + boxed + " cs=" + cs
                            + " chars=" + (chars == null ? "none" : chars.length) + " \\u0001\\u0002 tags " + 7 + 'x';
                }
                static String edges(String a, String b) {
                    return a + b;
                }
                default String inDefault(int n) {
                    return "n" + n + "!";
                }
            }
            """;

    @TempDir
    Path dir;

    private Class<?> load(byte[] bytes) {
        return new ClassLoader(null) {
            Class<?> define() {
                return defineClass("fixture.Concat", bytes, 0, bytes.length);
            }
        }.define();
    }

    private byte[] compileFixture() throws Exception {
        Path src = dir.resolve("fixture/Concat.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        assertEquals(0, javac.run(null, null, null, "--release", "17", "-d", dir.toString(), src.toString()));
        return Files.readAllBytes(dir.resolve("fixture/Concat.class"));
    }

    private static String call(Class<?> c, String name, Object... args) throws Exception {
        for (Method m : c.getDeclaredMethods()) {
            if (m.getName().equals(name)) return (String) m.invoke(null, args);
        }
        throw new AssertionError(name);
    }

    @Test
    void rewrittenConcatenationsGiveTheSameStrings() throws Exception {
        byte[] original = compileFixture();
        assertEquals(3, InlineStringConcat.remaining(original), "javac used invokedynamic");
        InlineStringConcat.Result rewritten = InlineStringConcat.rewrite(original);
        assertEquals(3, rewritten.sites());
        assertEquals(0, InlineStringConcat.remaining(rewritten.bytes()));

        Class<?> before = load(original);
        Class<?> after = load(rewritten.bytes());
        Object[][] cases = {
                {true, 'é', (byte) -3, (short) 300, -42, Long.MIN_VALUE, 1.5e-7f, Double.NaN, "text", Map.of("k", 1), new char[]{'a'}, 12, new StringBuilder("sb")},
                {false, '\0', (byte) 0, (short) 0, 0, 0L, -0.0f, Double.POSITIVE_INFINITY, null, null, null, null, null},
        };
        for (Object[] args : cases) {
            assertEquals(call(before, "all", args), call(after, "all", args));
        }
        assertEquals(call(before, "edges", null, null), call(after, "edges", null, null));
        assertEquals("nullnull", call(after, "edges", null, null));
    }

    @Test
    void aLibraryClassStillWorksRewritten() throws Exception {
        byte[] original;
        try (InputStream in = opennlp.tools.util.Version.class.getResourceAsStream("Version.class")) {
            original = in.readAllBytes();
        }
        InlineStringConcat.Result rewritten = InlineStringConcat.rewrite(original);
        assertTrue(rewritten.sites() > 0, "OpenNLP is compiled with invokedynamic concatenation");
        assertEquals(0, InlineStringConcat.remaining(rewritten.bytes()));
        Class<?> version = new ClassLoader(InlineStringConcatTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals("opennlp.tools.util.Version")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : defineClass(name, rewritten.bytes(), 0, rewritten.bytes().length);
                    }
                }
                return super.loadClass(name, resolve);
            }
        }.loadClass("opennlp.tools.util.Version");
        Object v = version.getConstructor(int.class, int.class, int.class, boolean.class).newInstance(2, 5, 6, true);
        assertEquals(new opennlp.tools.util.Version(2, 5, 6, true).toString(), v.toString());
    }
}
