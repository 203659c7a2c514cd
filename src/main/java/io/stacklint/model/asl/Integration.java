package io.stacklint.model.asl;

import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.ResourceRefs;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.SeqNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Task's {@code Resource} names, read from its text alone (no catalog is loaded for it): the kind, the
 * service ({@code lambda}, the SDK's {@code s3}), the action ({@code invoke}, {@code getObject}) and the
 * pattern. A part built from a {@code ${...}} placeholder is null. {@link IntegrationCatalog} says what the
 * integration accepts and needs.
 */
public record Integration(IntegrationKind kind, String service, String action, IntegrationPattern pattern) {
    private static final String HOLE = "\u0001";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");
    private static final Set<String> LAMBDA_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function",
            "AWS::Lambda::Alias", "AWS::Lambda::Version");

    /** The integration of a Resource text, or null when the text is not one of the known forms. */
    public static Integration parse(String resource) {
        List<String> parts = parts(resource);
        if (parts == null || parts.size() < 7) {
            return null;
        }
        String service = parts.get(2);
        String kind = parts.get(5);
        if (service.equals("lambda") && kind.equals("function") && parts.size() <= 8) {
            return new Integration(IntegrationKind.LAMBDA_FUNCTION, "lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE);
        }
        if (!service.equals("states") || kind.contains(HOLE)) {
            return null;
        }
        if (kind.equals("activity")) {
            return parts.size() == 7 ? new Integration(IntegrationKind.ACTIVITY, "states", null, null) : null;
        }
        if (kind.equals("aws-sdk")) {
            return parts.size() == 8 ? of(IntegrationKind.AWS_SDK, parts.get(6), parts.get(7)) : null;
        }
        String action = String.join(":", parts.subList(6, parts.size()));
        return of(kind.equals("http") ? IntegrationKind.HTTP : IntegrationKind.OPTIMIZED, kind, action);
    }

    private static Integration of(IntegrationKind kind, String service, String actionWithPattern) {
        IntegrationPattern pattern = IntegrationPattern.ofSuffix(actionWithPattern);
        String action = pattern == null ? actionWithPattern
                : actionWithPattern.substring(0, actionWithPattern.length() - pattern.suffix().length());
        return new Integration(kind, service.contains(HOLE) ? null : service, action.contains(HOLE) ? null : action,
                pattern == null ? (actionWithPattern.contains(".") ? null : IntegrationPattern.REQUEST_RESPONSE) : pattern);
    }

    /**
     * The integration of a Task as deployed: its Resource text (a {@code !Sub}'s template, or the
     * {@code DefinitionSubstitutions} value a whole {@code ${Name}} stands for), else, for a {@code !Ref} or
     * {@code !GetAtt} of a Lambda function or an activity of the template, that resource's kind. Null when unknown.
     */
    public static Integration ofTask(State state, StateMachine machine, Template template) {
        Node resource = resourceNode(state, machine);
        String text = resource instanceof MapNode call && call.subTemplate() != null ? call.subTemplate().value()
                : resource != null && resource.text() != null ? resource.text() : state.resource();
        Integration parsed = parse(text);
        if (parsed != null || template == null) {
            return parsed;
        }
        String target = ResourceRefs.target(resource);
        if (target == null && machine != null && resource == state.field("Resource")) {
            target = subTarget(text, machine);
        }
        String type = target == null ? null : template.resource(target).map(r -> r.type()).orElse(null);
        if ("AWS::StepFunctions::Activity".equals(type)) {
            return new Integration(IntegrationKind.ACTIVITY, "states", null, null);
        }
        return type != null && LAMBDA_TYPES.contains(type)
                ? new Integration(IntegrationKind.LAMBDA_FUNCTION, "lambda", "invoke", IntegrationPattern.REQUEST_RESPONSE) : null;
    }

    /**
     * In a DefinitionString that {@code Fn::Sub} (or {@code Fn::Join}) builds, the template resource a whole
     * {@code ${X}} or {@code ${X.Arn}} Resource names: directly, or through a variable of the Sub's own map
     * ({@code Worker: !GetAtt Fn.Arn}); null otherwise.
     */
    private static String subTarget(String text, StateMachine machine) {
        if (machine.origin() != DefinitionSource.DEFINITION_STRING || machine.resource() == null || !AslValues.isPlaceholder(text)) {
            return null;
        }
        String name = text.substring(2, text.length() - 1);
        for (Node branch : NodeValues.branches(machine.resource().property("DefinitionString"))) {
            if (branch instanceof MapNode call && call.intrinsicArgument() instanceof SeqNode args && args.size() > 1
                    && "Fn::Sub".equals(call.intrinsicName()) && args.get(1) instanceof MapNode locals && locals.has(name)) {
                return ResourceRefs.target(locals.get(name));
            }
            if (branch instanceof MapNode call && ("Fn::Sub".equals(call.intrinsicName()) || "Fn::Join".equals(call.intrinsicName()))) {
                return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            }
        }
        return null;
    }

    /** The Task's Resource as written, or, for a whole {@code ${Name}} placeholder, the DefinitionSubstitutions value it stands for. */
    public static Node resourceNode(State state, StateMachine machine) {
        Node written = state.field("Resource");
        return machine == null ? written : machine.substitutions().valueOf(written);
    }

    /** True when the Task waits for something outside Step Functions: a callback, a job (.sync) or an activity worker. */
    public boolean waitsOutside() {
        return kind == IntegrationKind.ACTIVITY || (pattern != null && pattern != IntegrationPattern.REQUEST_RESPONSE);
    }

    /** The colon-separated parts of an ARN, placeholders replaced by a marker (they may hold colons); null if no ARN. */
    static List<String> parts(String resource) {
        if (resource == null) {
            return null;
        }
        // Compiled once: this runs for every Task of every file, several times; most Resources have no placeholder.
        String masked = resource.contains("${") ? PLACEHOLDER.matcher(resource).replaceAll(HOLE) : resource;
        if (!masked.startsWith("arn:")) {
            return null;
        }
        return Arrays.asList(masked.split(":", -1));
    }

    static boolean hasHole(String part) {
        return part.contains(HOLE);
    }
}
