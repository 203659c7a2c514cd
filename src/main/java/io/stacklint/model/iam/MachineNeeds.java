package io.stacklint.model.iam;

import io.stacklint.model.Memo;
import io.stacklint.model.SourceModel;
import io.stacklint.model.asl.AslValues;
import io.stacklint.model.asl.Integration;
import io.stacklint.model.asl.IntegrationCatalog;
import io.stacklint.model.asl.IntegrationKind;
import io.stacklint.model.asl.State;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.asl.UnreadSource;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a state machine's role needs: for every Task at any depth (Parallel branches, Map processors), the IAM
 * of its integration from the {@link IntegrationCatalog}, on the target its Parameters or Arguments name,
 * resolved through {@code DefinitionSubstitutions}, {@code Fn::Sub}, {@code Ref}/{@code Fn::GetAtt} to template
 * resources and literal ARNs; a Distributed Map's child executions, ItemReader and ResultWriter; and what the
 * machine's own LoggingConfiguration, TracingConfiguration and customer-managed KMS key need.
 */
public final class MachineNeeds {
    private final StateMachine machine;
    private final Template template;
    private final DefinitionValues values;
    private final TaskNeeds emit;
    private final List<PermissionNeed> needs = new ArrayList<>();
    private final Set<String> unresolved = new LinkedHashSet<>();

    private MachineNeeds(StateMachine machine, Template template) {
        this.machine = machine;
        this.template = template;
        this.values = new DefinitionValues(machine, template);
        this.emit = new TaskNeeds(machine, template, values, needs, unresolved);
    }

    /** The needs of one definition (one Fn::If variant); {@code template} may be null for a standalone definition. */
    public static Needs of(StateMachine machine, Template template) {
        MachineNeeds run = new MachineNeeds(machine, template);
        for (State state : machine.definition().allStates()) {
            if (state.isType("Task")) {
                run.task(state);
            } else if (state.isType("Map")) {
                new DistributedMapNeeds(run.emit, state).collect();
            }
        }
        if (machine.resource() != null) {
            new ConfigurationNeeds(run.emit, machine.resource()).collect();
        }
        return new Needs(run.needs, run.unresolved.isEmpty(), new ArrayList<>(run.unresolved));
    }

    /**
     * The needs of a state machine resource over every way it may be deployed: each definition variant read
     * ({@code Fn::If}), and incomplete when a definition is not read (S3, deploy time) or there is none. Locates
     * the template's state machines again: rules should use {@link #ofResource(Resource, SourceModel)}.
     */
    public static Needs ofResource(Resource resource, Template template) {
        StateMachineLocator.Located located = StateMachineLocator.locate(template);
        return union(resource, template, located.machines(), located.unread());
    }

    /** As {@link #ofResource(Resource, Template)}, from the machines the model has read, computed once per file and resource. */
    public static Needs ofResource(Resource resource, SourceModel model) {
        return NEEDS.per(resource.logicalId()).in(model,
                () -> union(resource, model.template(), model.stateMachines(), model.unreadSources()));
    }

    private static final Memo<Needs> NEEDS = Memo.named("machine needs of a resource");

    private static Needs union(Resource resource, Template template, List<StateMachine> machines, List<UnreadSource> unreadSources) {
        Map<String, PermissionNeed> all = new LinkedHashMap<>();
        Set<String> unresolved = new LinkedHashSet<>();
        boolean any = false;
        for (StateMachine machine : machines) {
            if (machine.resource() != null && machine.resource().logicalId().equals(resource.logicalId())) {
                any = true;
                Needs needs = of(machine, template);
                needs.needs().forEach(need -> all.putIfAbsent(key(need), need));
                unresolved.addAll(needs.unresolved());
            }
        }
        for (UnreadSource unread : unreadSources) {
            if (unread.resource().logicalId().equals(resource.logicalId())) {
                unresolved.add("the " + unread.property() + " of '" + resource.logicalId() + "' is not read (" + unread.detail() + ")");
            }
        }
        if (!any && unresolved.isEmpty()) {
            unresolved.add("'" + resource.logicalId() + "' has no definition stacklint can read");
        }
        return new Needs(new ArrayList<>(all.values()), unresolved.isEmpty(), new ArrayList<>(unresolved));
    }

    private static String key(PermissionNeed need) {
        int at = need.at() == null || need.at().span() == null ? -1 : need.at().span().start();
        return need.action() + "|" + need.resource() + "|" + need.anyResource() + "|" + need.purpose() + "|" + at;
    }

    private void task(State state) {
        Node at = state.field("Resource");
        if (at == null) {
            return;
        }
        String name = "Task '" + state.name() + "'";
        if (state.field("Credentials") instanceof MapNode credentials) {
            assumed(credentials, name);
            return;
        }
        Integration integration = Integration.ofTask(state, machine, template);
        if (integration == null) {
            integration = deployed(at);
        }
        if (integration == null) {
            unresolved.add(name + ": its Resource " + describe(at) + " names no integration stacklint knows");
            return;
        }
        if (integration.kind() == IntegrationKind.ACTIVITY) {
            // Scheduling an activity task needs no permission of the role, but an activity encrypted with a
            // customer managed key has its task data encrypted with that key on the role's behalf. Only the
            // CDK's grants back that need, so it is unconfirmed: CFN028 reports it missing, IAM021 never calls it unused.
            Resource activity = ActivityKeys.activity(state, machine, template);
            String key = activity == null ? null : ActivityKeys.keyArn(activity, template);
            if (key != null) {
                for (String action : ActivityKeys.ACTIONS) {
                    emit.add(action, key, false, at, name + " runs activity '" + activity.logicalId() + "'", false);
                }
            }
            return;
        }
        IntegrationCatalog catalog = IntegrationCatalog.get();
        IntegrationCatalog.Entry entry;
        String what;
        if (integration.kind() == IntegrationKind.LAMBDA_FUNCTION) {
            entry = catalog.config("lambda-function");
            what = "Lambda function";
        } else if (integration.service() == null || integration.action() == null || integration.pattern() == null) {
            unresolved.add(name + ": its Resource " + describe(at) + " is built from values known only at deploy time");
            return;
        } else if (integration.kind() == IntegrationKind.AWS_SDK) {
            entry = catalog.sdk(integration.service(), integration.action());
            what = "aws-sdk:" + integration.service() + ":" + integration.action();
        } else {
            entry = catalog.task(integration.service(), integration.action(), integration.pattern()).orElse(null);
            what = integration.service() + ":" + integration.action() + integration.pattern().suffix();
        }
        if (entry == null || !entry.recorded()) {
            unresolved.add(name + " (" + what + "): " + (entry == null ? "Step Functions offers no such integration"
                    : "the permissions it needs are not recorded"));
            return;
        }
        emit.grants(entry, arguments(state), at, name + " (" + what + ")");
    }

    /**
     * A Task with Credentials runs as the role they name: the machine's own role needs only to assume it
     * (Step Functions developer guide, "Accessing resources in other AWS accounts"); what the call itself needs is
     * the other role's, which this template's role cannot be judged for.
     */
    private void assumed(MapNode credentials, String name) {
        Node roleArn = credentials.get("RoleArn");
        String purpose = name + " (Credentials)";
        if (roleArn == null) {
            emit.add("sts:AssumeRole", "*", true, credentials, purpose, true);
            return;
        }
        List<String> arns = values.symbolic(machine.substitutions().valueOf(roleArn));
        if (arns.isEmpty() || arns.stream().anyMatch(java.util.Objects::isNull)) {
            emit.add("sts:AssumeRole", "*", true, roleArn, purpose, true);
            return;
        }
        arns.forEach(arn -> emit.add("sts:AssumeRole", arn, false, roleArn, purpose, true));
    }

    /**
     * The integration a Resource names once deployed, when its text does not say: a {@code ${Fn.Arn}} that the
     * DefinitionString's {@code Fn::Sub} fills, read through the template's values; null unless every way agrees.
     */
    private Integration deployed(Node at) {
        Integration found = null;
        for (String value : values.symbolic(machine.substitutions().valueOf(at))) {
            Integration integration = Integration.parse(value);
            if (integration == null || (found != null && !found.equals(integration))) {
                return null;
            }
            found = integration;
        }
        return found;
    }

    /** The Parameters (JSONPath) or Arguments (JSONata) of a state, or null; a whole JSONata Arguments is dynamic. */
    static Fields arguments(State state) {
        for (String key : new String[] {"Arguments", "Parameters"}) {
            Node node = state.field(key);
            if (node instanceof MapNode map) {
                return new Fields(map, false);
            }
            if (node != null && AslValues.isJsonata(node.text())) {
                return new Fields(null, true);
            }
        }
        return new Fields(null, false);
    }

    /** The fields a grant's target is named in; {@code dynamic} when all of them are chosen at run time. */
    record Fields(MapNode map, boolean dynamic) {
    }

    private static String describe(Node at) {
        String text = at.text() != null ? at.text()
                : at instanceof MapNode call && call.subTemplate() != null ? call.subTemplate().value() : at.describe();
        return "'" + text + "'";
    }
}
