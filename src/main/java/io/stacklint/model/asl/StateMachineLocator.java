package io.stacklint.model.asl;

import io.stacklint.model.DeploymentVariant;
import io.stacklint.model.NodeValues;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.parse.EmbeddedJson;
import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the state machines of a template, wherever their definitions are written: a {@code Definition}
 * object, {@code DefinitionString} JSON text, or a SAM {@code DefinitionUri} file (each under {@code Fn::If}
 * too: both branches may be deployed). What cannot be read is kept, with the reason, for the rules to say so.
 */
public final class StateMachineLocator {
    public static final Set<String> STATE_MACHINE_TYPES = Set.of("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine");

    /**
     * The state machines of a template, what could not be read, the parse problems of definition text held
     * in strings and files (at their own places), and the definition files named in other letter case.
     */
    public record Located(List<StateMachine> machines, List<UnreadSource> unread, List<ParseProblem> problems,
                          List<MiscasedDefinitionFile> miscased) {
        public static final Located NOTHING = new Located(List.of(), List.of(), List.of(), List.of());
    }

    private final Template template;
    private final List<StateMachine> machines = new ArrayList<>();
    private final List<UnreadSource> unread = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private final List<MiscasedDefinitionFile> miscased = new ArrayList<>();
    private final DefinitionFiles files;

    private StateMachineLocator(Template template, DefinitionFiles files) {
        this.template = template;
        this.files = files;
    }

    /** Without files: every local {@code DefinitionUri} is left unread ({@link DefinitionFiles#NONE}). */
    public static Located locate(Template template) {
        return locate(template, DefinitionFiles.NONE);
    }

    /** {@code files}: where the files {@code DefinitionUri}s name come from, as trees (the lint run reads them). */
    public static Located locate(Template template, DefinitionFiles files) {
        StateMachineLocator locator = new StateMachineLocator(template, files);
        for (Resource resource : template.resources()) {
            if (isStateMachine(resource) && resource.properties() != null) {
                locator.resource(resource);
            }
        }
        return new Located(List.copyOf(locator.machines), List.copyOf(locator.unread), List.copyOf(locator.problems),
                List.copyOf(locator.miscased));
    }

    /** The state machines of a template, from every definition source it can read. */
    public static List<StateMachine> inTemplate(Template template) {
        return locate(template).machines();
    }

    public static boolean isStateMachine(Resource resource) {
        return resource.type() != null && STATE_MACHINE_TYPES.contains(resource.type());
    }

    public static StateMachine standalone(SourceFile source, Node root) {
        return root instanceof MapNode map ? new StateMachine(source, new AslDefinition(map), null) : null;
    }

    private void resource(Resource resource) {
        Substitutions substitutions = Substitutions.of(resource);
        MapNode properties = resource.properties();
        Entry definition = properties.entry("Definition");
        if (definition != null) {
            List<MapNode> objects = NodeValues.maps(definition.value());
            for (DeploymentVariant.Chosen chosen : DeploymentVariant.branches(definition.value())) {
                for (MapNode object : NodeValues.maps(chosen.value())) {
                    // Each way the Fn::Ifs inside the object may be deployed is a definition of its own to check.
                    for (DeploymentVariant variant : chosen.variant().refine(object)) {
                        MapNode tree = variant.choice().isEmpty() ? object : (MapNode) variant.resolve(object);
                        add(template.source(), tree, resource, DefinitionSource.DEFINITION, substitutions, PlaceholderScanner.inTree(tree), variant);
                    }
                }
            }
            if (objects.isEmpty()) {
                unread.add(new UnreadSource(resource, "Definition", definition.key(), deployTimeOrWrong(definition.value()),
                        definition.value().describe() + ", not a mapping"));
            }
        }
        Entry string = properties.entry("DefinitionString");
        if (string != null) {
            for (DeploymentVariant.Chosen branch : DeploymentVariant.branches(string.value())) {
                if (!NodeValues.isNoValue(branch.value())) {
                    definitionString(resource, string, branch, substitutions);
                }
            }
        }
        Entry uri = properties.entry("DefinitionUri");
        if (uri != null) {
            for (DeploymentVariant.Chosen branch : DeploymentVariant.branches(uri.value())) {
                if (!NodeValues.isNoValue(branch.value())) {
                    definitionUri(resource, uri, branch, substitutions);
                }
            }
        }
        Entry s3 = properties.entry("DefinitionS3Location");
        if (s3 != null) {
            unread.add(new UnreadSource(resource, "DefinitionS3Location", s3.key(), UnreadSource.Reason.REMOTE, "lives in S3"));
        }
    }

    /** An intrinsic function is decided at deploy time; any other value that is not a definition is simply wrong. */
    private static UnreadSource.Reason deployTimeOrWrong(Node value) {
        return value instanceof MapNode map && map.intrinsicName() != null ? UnreadSource.Reason.UNREADABLE : UnreadSource.Reason.NOT_A_DEFINITION;
    }

    private void definitionString(Resource resource, Entry property, DeploymentVariant.Chosen branch, Substitutions substitutions) {
        Node value = branch.value();
        DefinitionText.Result text = DefinitionText.of(value);
        if (text.text() == null) {
            unread.add(new UnreadSource(resource, "DefinitionString", property.key(), deployTimeOrWrong(value), text.unreadable()));
            return;
        }
        ParsedDocument parsed = EmbeddedJson.parse(text.text(), value.path());
        problems.addAll(parsed.problems());
        definitionRoot(resource, property, parsed, DefinitionSource.DEFINITION_STRING, substitutions, text.placeholders(), "JSON text", branch.variant());
    }

    private void definitionUri(Resource resource, Entry property, DeploymentVariant.Chosen branch, Substitutions substitutions) {
        Node value = branch.value();
        String uri = value instanceof ScalarNode scalar && scalar.isString() ? scalar.value() : null;
        if (uri == null) {
            boolean location = value instanceof MapNode map && map.intrinsicName() == null;
            unread.add(new UnreadSource(resource, "DefinitionUri", property.key(),
                    location ? UnreadSource.Reason.REMOTE : deployTimeOrWrong(value),
                    location ? "names an S3 object" : deployTimeOrWrong(value) == UnreadSource.Reason.UNREADABLE
                            ? value.describe() + ", known only at deploy time" : value.describe() + ", not a path or an S3 location"));
            return;
        }
        if (uri.toLowerCase(Locale.ROOT).startsWith("s3://")) {
            unread.add(new UnreadSource(resource, "DefinitionUri", property.key(), UnreadSource.Reason.REMOTE, "names an S3 object"));
            return;
        }
        DefinitionFiles.Read file = files.read(template.source(), uri, value.path());
        if (file.document() == null) {
            unread.add(new UnreadSource(resource, "DefinitionUri", value, file.refused(), file.detail()));
            return;
        }
        if (file.onDisk() != null) {
            miscased.add(new MiscasedDefinitionFile(resource, value, file.detail(), file.onDisk()));
        }
        problems.addAll(file.document().problems());
        List<Placeholder> placeholders = file.document().root() == null ? List.of() : PlaceholderScanner.inTree(file.document().root());
        definitionRoot(resource, property, file.document(), DefinitionSource.DEFINITION_URI, substitutions, placeholders, "a file", branch.variant());
    }

    private void definitionRoot(Resource resource, Entry property, ParsedDocument parsed, DefinitionSource origin,
                                Substitutions substitutions, List<Placeholder> placeholders, String what, DeploymentVariant variant) {
        Node root = parsed.root();
        if (root instanceof MapNode map) {
            add(parsed.source(), map, resource, origin, substitutions, placeholders, variant);
        } else if (root == null && parsed.hasSyntaxError()) {
            unread.add(new UnreadSource(resource, property.name(), property.key(), UnreadSource.Reason.NOT_PARSED, "does not parse"));
        } else {
            unread.add(new UnreadSource(resource, property.name(), property.key(), UnreadSource.Reason.NOT_A_DEFINITION,
                    root == null ? what + " that is empty" : what + " holding " + root.describe() + ", not an object"));
        }
    }

    private void add(SourceFile source, MapNode definition, Resource resource, DefinitionSource origin,
                     Substitutions substitutions, List<Placeholder> placeholders, DeploymentVariant variant) {
        machines.add(new StateMachine(source, new AslDefinition(definition), resource, origin, substitutions, placeholders, variant));
    }

}
