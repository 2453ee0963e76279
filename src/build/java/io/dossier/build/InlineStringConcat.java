package io.dossier.build;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A build tool (run on the shaded jar in {@code package}; never in the jar itself): rewrites every string concatenation
 * that a library compiled for Java 9+ left as an {@code invokedynamic} to
 * {@code StringConcatFactory} into plain {@code StringBuilder} code, as our own classes are
 * compiled ({@code -XDstringConcat=inline}). Each such call site costs a one-shot run a
 * bootstrap the first time it runs: method-handle trees, generated lambda-form classes and their
 * compilation, about 60 ms of CPU for a sample dossier, spread over OpenNLP, OpenPDF and Flying
 * Saucer. The result of a concatenation is the same: {@code StringBuilder.append} formats each
 * value as {@code String.valueOf} does, left to right.
 *
 * <p>A call site becomes a call to a private static helper added to the same class; a site
 * whose constants are not strings or numbers is left alone. {@code InlineStringConcatTest}
 * checks the rewritten code gives the same strings.
 */
public final class InlineStringConcat {

    private static final String FACTORY = "java/lang/invoke/StringConcatFactory";
    private static final char TAG_ARG = '\u0001';
    private static final char TAG_CONST = '\u0002';
    private static final byte[] MARKER = FACTORY.getBytes(StandardCharsets.UTF_8);

    private InlineStringConcat() {
    }

    /**
     * {@code JAR}: rewrites the jar in place (through a temporary file beside it). Rewriting no
     * call site at all fails the build: the libraries would then start as slowly
     * as before without anyone noticing (a library no longer compiled this way, a changed bootstrap).
     */
    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int sites = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(entry)) {
                    bytes = s.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    Result r = rewrite(bytes);
                    bytes = r.bytes();
                    sites += r.sites();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (sites == 0) {
            Files.delete(tmp);
            throw new IllegalStateException(jar + ": rewrote no invokedynamic string concatenation; "
                    + "the libraries start slower than they should (see InlineStringConcat)");
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The rewritten class and how many call sites were rewritten (0: the bytes are the input's). */
    public record Result(byte[] bytes, int sites) {
    }

    public static Result rewrite(byte[] classFile) {
        if (!contains(classFile, MARKER)) return new Result(classFile, 0);
        ClassReader reader = new ClassReader(classFile);
        // The reader's constant pool is kept, so that attributes ASM does not know stay valid.
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Rewriter rewriter = new Rewriter(writer);
        try {
            reader.accept(rewriter, 0);
            return rewriter.helpers.isEmpty() ? new Result(classFile, 0) : new Result(writer.toByteArray(), rewriter.helpers.size());
        } catch (RuntimeException e) {
            return new Result(classFile, 0); // e.g. a class too large for more methods: leave it as it was
        }
    }

    /** How many invokedynamic concatenations a class file still has. */
    static int remaining(byte[] classFile) {
        int[] n = {0};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... args) {
                        if (FACTORY.equals(bootstrap.getOwner())) n[0]++;
                    }
                };
            }
        }, 0);
        return n[0];
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

    /** One rewritten call site: the helper's name, its descriptor and the recipe it builds. */
    private record Helper(String name, String descriptor, String recipe, Object[] constants) {
    }

    private static final class Rewriter extends ClassVisitor {
        private final List<Helper> helpers = new ArrayList<>();
        private String owner;
        private boolean isInterface;

        Rewriter(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            owner = name;
            isInterface = (access & Opcodes.ACC_INTERFACE) != 0;
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... args) {
                    Helper helper = FACTORY.equals(bootstrap.getOwner()) ? helper(indyDescriptor, bootstrap.getName(), args) : null;
                    if (helper == null) {
                        super.visitInvokeDynamicInsn(indyName, indyDescriptor, bootstrap, args);
                        return;
                    }
                    helpers.add(helper);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, owner, helper.name(), helper.descriptor(), isInterface);
                }
            };
        }

        private Helper helper(String descriptor, String bootstrap, Object[] args) {
            String recipe;
            Object[] constants;
            if (bootstrap.equals("makeConcatWithConstants") && args.length >= 1 && args[0] instanceof String r) {
                recipe = r;
                constants = java.util.Arrays.copyOfRange(args, 1, args.length);
            } else if (bootstrap.equals("makeConcat")) {
                recipe = String.valueOf(TAG_ARG).repeat(Type.getArgumentTypes(descriptor).length);
                constants = new Object[0];
            } else {
                return null;
            }
            for (Object c : constants) {
                if (!(c instanceof String || c instanceof Integer || c instanceof Long || c instanceof Float || c instanceof Double)) return null;
            }
            return new Helper("dossier$concat$" + helpers.size(), descriptor, recipe, constants);
        }

        @Override
        public void visitEnd() {
            for (Helper h : helpers) write(h);
            super.visitEnd();
        }

        private void write(Helper h) {
            MethodVisitor mv = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                    h.name(), h.descriptor(), null, null);
            mv.visitCode();
            mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
            mv.visitInsn(Opcodes.DUP);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V", false);
            Type[] params = Type.getArgumentTypes(h.descriptor());
            int arg = 0;
            int slot = 0;
            int constant = 0;
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < h.recipe().length(); i++) {
                char c = h.recipe().charAt(i);
                if (c != TAG_ARG && c != TAG_CONST) {
                    literal.append(c);
                    continue;
                }
                appendLiteral(mv, literal);
                if (c == TAG_ARG) {
                    Type t = params[arg++];
                    mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
                    slot += t.getSize();
                    append(mv, appendType(t));
                } else {
                    Object value = h.constants()[constant++];
                    mv.visitLdcInsn(value);
                    append(mv, value instanceof String ? "Ljava/lang/String;" : Type.getType(primitive(value)).getDescriptor());
                }
            }
            appendLiteral(mv, literal);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        private static void appendLiteral(MethodVisitor mv, StringBuilder literal) {
            if (literal.length() == 0) return;
            mv.visitLdcInsn(literal.toString());
            append(mv, "Ljava/lang/String;");
            literal.setLength(0);
        }

        private static void append(MethodVisitor mv, String argument) {
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + argument + ")Ljava/lang/StringBuilder;", false);
        }

        /** The append overload the concatenation's formatting matches: String.valueOf for the rest. */
        private static String appendType(Type t) {
            return switch (t.getSort()) {
                case Type.BOOLEAN -> "Z";
                case Type.CHAR -> "C";
                case Type.BYTE, Type.SHORT, Type.INT -> "I";
                case Type.LONG -> "J";
                case Type.FLOAT -> "F";
                case Type.DOUBLE -> "D";
                default -> t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
            };
        }

        private static Class<?> primitive(Object value) {
            if (value instanceof Integer) return int.class;
            if (value instanceof Long) return long.class;
            if (value instanceof Float) return float.class;
            return double.class;
        }
    }
}
