package io.dossier.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * What a template may call on the objects it is given: the public instance methods our own
 * data-model types declare (record accessors such as {@code d.title}, helpers such as
 * {@code e.shortTitle()}), nothing else. No constructors, no fields, no {@code getClass()},
 * nothing of the JDK's or a library's classes: a shared template folder is untrusted, and
 * reflection from one method is all it takes to run a command.
 */
final class DataModelOnlyPolicy implements MemberAccessPolicy {

    static final DataModelOnlyPolicy INSTANCE = new DataModelOnlyPolicy();

    private static final String OURS = "io.dossier.";

    /** Public instance methods declared by our own types, when {@code ours}; else nothing at all. */
    private record OwnMethods(boolean ours) implements ClassMemberAccessPolicy {
        @Override
        public boolean isMethodExposed(Method method) {
            int modifiers = method.getModifiers();
            return ours && Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)
                    && method.getDeclaringClass().getName().startsWith(OURS);
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }

    private static final ClassMemberAccessPolicy NOTHING = new OwnMethods(false);
    private static final ClassMemberAccessPolicy OWN_METHODS = new OwnMethods(true);

    private DataModelOnlyPolicy() {
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        return type.getName().startsWith(OURS) ? OWN_METHODS : NOTHING;
    }

    /** {@code ${x}} of a non-string value prints its text; that reads nothing it was not given. */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
