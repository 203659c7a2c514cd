package io.stacklint.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * stacklint's Java API as reflection sees it: the public types of {@code io.stacklint}, their public and protected
 * members, the types those members' signatures name, and a stable, sorted listing of them. What a plugin may use
 * is {@link #exported()}: the package {@code rules.api} and the read-only model types its visitors hand a rule.
 */
public final class ApiSurface {
    static final String ROOT = "io.stacklint.";
    private static final Path CLASSES = Path.of("target/classes");

    /**
     * The plugin-facing API: everything public in {@code rules.api}, and the model, tree and source types a rule
     * receives from it or from their own accessors. Types outside this list that the exported signatures still name
     * are leaks, listed (with the reason) in {@code known-api-leaks.txt}.
     */
    static final List<String> EXPORTED_TYPES = List.of(
            // What the visitors hand a rule, and what those hand on: a read-only view of the template and its definitions.
            "model.SourceModel", "model.DocumentKind", "model.DeploymentVariant",
            "model.cfn.Template", "model.cfn.Resource", "model.cfn.Reference",
            "model.asl.StateMachine", "model.asl.DefinitionSource", "model.asl.Substitutions", "model.asl.Placeholder",
            "model.asl.AslDefinition", "model.asl.State", "model.asl.Transition",
            "model.asl.ErrorMatcher", "model.asl.Retrier", "model.asl.Catcher",
            // What reading the definitions could not read, or read under another letter case: read-only results a rule
            // needs before it claims a machine does (or lacks) something (ASL005-007, ASL160, IAM021's needs).
            "model.asl.UnreadSource", "model.asl.MiscasedDefinitionFile",
            "model.iam.PolicyDocument", "model.iam.PolicyStatement",
            // The tree every model type is a view of, and where its nodes are.
            "tree.Node", "tree.MapNode", "tree.SeqNode", "tree.ScalarNode", "tree.Entry", "tree.NodePath",
            "source.SourceFile", "source.Span", "source.Position");
    static final String EXPORTED_PACKAGE = "rules.api";

    private ApiSurface() {
    }

    /** Every public class, interface, record and enum of io.stacklint (nested ones too, when their owners are public). */
    static List<Class<?>> publicTypes() throws IOException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.equals("module-info")) {
                    continue;
                }
                Class<?> type = load(name);
                if (type != null && isVisible(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                    out.add(type);
                }
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    /** The exported types, as classes, with the public types nested in them. */
    static Set<Class<?>> exported() throws IOException {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> type : publicTypes()) {
            if (type.getPackageName().equals(ROOT + EXPORTED_PACKAGE)) {
                out.add(type);
            }
        }
        for (String name : EXPORTED_TYPES) {
            Class<?> type = load(ROOT + name);
            if (type == null) {
                throw new IllegalStateException("the exported type " + name + " does not exist");
            }
            addWithNested(type, out);
        }
        return out;
    }

    private static void addWithNested(Class<?> type, Set<Class<?>> out) {
        out.add(type);
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (isVisible(nested)) {
                addWithNested(nested, out);
            }
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiSurface.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Public, and every enclosing class public too: reachable from outside the package. */
    static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The public and protected constructors, methods and fields a type declares (inherited ones are listed with their
     * own type); not an enum's values()/valueOf(String), nor equals/hashCode/toString.
     */
    static List<Member> members(Class<?> type) {
        List<Member> out = new ArrayList<>();
        Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                .flatMap(Arrays::stream)
                .filter(m -> !m.isSynthetic() && !(m instanceof Method method && method.isBridge()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) || (Modifier.isProtected(m.getModifiers()) && !Modifier.isFinal(type.getModifiers())))
                .filter(m -> !(type.isEnum() && m instanceof Method method && isEnumBoilerplate(method)))
                .filter(m -> !(m instanceof Method method && isObjectContract(method)))
                .forEach(out::add);
        return out;
    }

    /** equals, hashCode and toString: Object's contract, not API of their own (records generate all three). */
    private static boolean isObjectContract(Method method) {
        return (method.getName().equals("equals") && method.getParameterCount() == 1 && method.getParameterTypes()[0] == Object.class)
                || (method.getName().equals("hashCode") || method.getName().equals("toString")) && method.getParameterCount() == 0;
    }

    private static boolean isEnumBoilerplate(Method method) {
        return (method.getName().equals("values") && method.getParameterCount() == 0)
                || (method.getName().equals("valueOf") && method.getParameterCount() == 1 && method.getParameterTypes()[0] == String.class);
    }

    /** The io.stacklint types that a type's visible signature names: supertypes and member signatures. */
    static Set<Class<?>> referenced(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>(supertypes(type));
        for (Member member : members(type)) {
            out.addAll(referenced(member));
        }
        out.remove(type);
        return out;
    }

    /** The io.stacklint types a type extends or implements. */
    static Set<Class<?>> supertypes(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        collect(type.getGenericSuperclass(), out);
        for (Type t : type.getGenericInterfaces()) {
            collect(t, out);
        }
        out.removeIf(c -> !c.getName().startsWith(ROOT));
        return out;
    }

    /** The io.stacklint types one member's signature names. */
    static Set<Class<?>> referenced(Member member) {
        Set<Class<?>> out = new LinkedHashSet<>();
        if (member instanceof Executable e) {
            if (e instanceof Method m) {
                collect(m.getGenericReturnType(), out);
            }
            for (Type t : e.getGenericParameterTypes()) {
                collect(t, out);
            }
            for (Type t : e.getGenericExceptionTypes()) {
                collect(t, out);
            }
        } else if (member instanceof Field f) {
            collect(f.getGenericType(), out);
        }
        out.removeIf(c -> !c.getName().startsWith(ROOT));
        return out;
    }

    /**
     * Where the exported API names a type it does not export, one line each:
     * {@code <type> <member as listed> -> <internal type>} (or {@code <type> supertype -> ...}).
     */
    static Set<String> leaks(Set<Class<?>> exported) {
        Set<String> out = new TreeSet<>();
        for (Class<?> type : exported) {
            for (Class<?> s : supertypes(type)) {
                if (!exported.contains(s)) {
                    out.add(name(type) + " supertype -> " + name(s));
                }
            }
            for (Member member : members(type)) {
                for (Class<?> r : referenced(member)) {
                    if (!exported.contains(r)) {
                        out.add(name(type) + " " + describe(member) + " -> " + name(r));
                    }
                }
            }
        }
        return out;
    }

    private static void collect(Type type, Set<Class<?>> out) {
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), out);
            for (Type arg : p.getActualTypeArguments()) {
                collect(arg, out);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Arrays.stream(w.getUpperBounds()), Arrays.stream(w.getLowerBounds())).forEach(t -> collect(t, out));
        } else if (type instanceof GenericArrayType g) {
            collect(g.getGenericComponentType(), out);
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                if (bound != Object.class) {
                    collect(bound, out);
                }
            }
        }
    }

    /** Every type reachable from {@code roots} through visible signatures, the roots included. */
    static Set<Class<?>> closure(Set<Class<?>> roots) {
        Set<Class<?>> seen = new LinkedHashSet<>(roots);
        List<Class<?>> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            for (Class<?> next : referenced(todo.remove(todo.size() - 1))) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /** One line a type (its kind and supertypes), then one indented line a member; sorted, so a diff shows what changed. */
    static String listing(Set<Class<?>> types) {
        StringBuilder out = new StringBuilder();
        for (Class<?> type : types.stream().sorted(Comparator.comparing(Class::getName)).toList()) {
            out.append(describe(type)).append('\n');
            new TreeSet<>(members(type).stream().map(ApiSurface::describe).toList()).forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }

    static String describe(Class<?> type) {
        String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class";
        int modifiers = type.getModifiers() & ~Modifier.INTERFACE;
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        }
        StringBuilder out = new StringBuilder(modifiers(modifiers)).append(kind).append(' ').append(name(type));
        if (type.getTypeParameters().length > 0) {
            out.append(Arrays.stream(type.getTypeParameters()).map(ApiSurface::name).collect(Collectors.joining(", ", "<", ">")));
        }
        if (type.isRecord()) {
            out.append(Arrays.stream(type.getRecordComponents()).map(c -> name(c.getGenericType()) + " " + c.getName())
                    .collect(Collectors.joining(", ", "(", ")")));
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            out.append(" extends ").append(name(superclass));
        }
        if (type.getGenericInterfaces().length > 0) {
            out.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(type.getGenericInterfaces()).map(ApiSurface::name).collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    static String describe(Member member) {
        String mods = modifiers(member.getModifiers() & ~Modifier.TRANSIENT & ~Modifier.VOLATILE & ~Modifier.SYNCHRONIZED & ~Modifier.NATIVE);
        if (member instanceof Field f) {
            return mods + "field " + name(f.getGenericType()) + " " + f.getName();
        }
        Executable e = (Executable) member;
        String typeParams = e.getTypeParameters().length == 0 ? ""
                : Arrays.stream(e.getTypeParameters()).map(ApiSurface::name).collect(Collectors.joining(", ", "<", "> "));
        String params = Arrays.stream(e.getGenericParameterTypes()).map(ApiSurface::name).collect(Collectors.joining(", ", "(", ")"));
        if (e.isVarArgs()) {
            params = params.replaceFirst("\\[\\]\\)$", "...)");
        }
        String throwsClause = e.getGenericExceptionTypes().length == 0 ? ""
                : Arrays.stream(e.getGenericExceptionTypes()).map(ApiSurface::name).collect(Collectors.joining(", ", " throws ", ""));
        if (e instanceof Constructor<?>) {
            return mods + "constructor " + typeParams + params + throwsClause;
        }
        Method m = (Method) e;
        String isDefault = m.isDefault() ? "default " : "";
        return mods.replace("abstract ", m.getDeclaringClass().isInterface() ? "" : "abstract ") + isDefault + "method " + typeParams
                + name(m.getGenericReturnType()) + " " + m.getName() + params + throwsClause;
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers);
        return text.isEmpty() ? "" : text + " ";
    }

    /** A type as source names it, io.stacklint types without the common prefix, java.lang ones short. */
    static String name(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return name(c.getComponentType()) + "[]";
            }
            String n = c.getName().replace('$', '.');
            if (n.startsWith(ROOT)) {
                return n.substring(ROOT.length());
            }
            return n.startsWith("java.lang.") && n.indexOf('.', "java.lang.".length()) < 0 ? n.substring("java.lang.".length()) : n;
        }
        if (type instanceof ParameterizedType p) {
            return name(p.getRawType()) + Arrays.stream(p.getActualTypeArguments()).map(ApiSurface::name).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + name(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + name(upper);
        }
        if (type instanceof GenericArrayType g) {
            return name(g.getGenericComponentType()) + "[]";
        }
        if (type instanceof TypeVariable<?> v) {
            List<Type> bounds = Arrays.stream(v.getBounds()).filter(b -> b != Object.class).toList();
            return bounds.isEmpty() ? v.getName() : v.getName() + " extends " + bounds.stream().map(ApiSurface::name).collect(Collectors.joining(" & "));
        }
        return type.getTypeName();
    }

    /** Counts for the record: public types, and their public and protected members. */
    record Count(int types, int members) {
        static Count of(Iterable<Class<?>> types) {
            int t = 0;
            int m = 0;
            for (Class<?> type : types) {
                t++;
                m += ApiSurface.members(type).size();
            }
            return new Count(t, m);
        }

        @Override
        public String toString() {
            return types + " types, " + members + " members";
        }
    }
}
