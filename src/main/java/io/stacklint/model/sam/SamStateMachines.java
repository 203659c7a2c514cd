package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;
import java.util.Map;

/**
 * What SAM deploys for an {@code AWS::Serverless::StateMachine} with {@code AutoPublishAlias}, besides the state
 * machine itself: an {@code AWS::StepFunctions::StateMachineVersion} named {@code <Id>Version}, published again
 * whenever the machine's revision changes ({@code StateMachineRevisionId}), and an
 * {@code AWS::StepFunctions::StateMachineAlias} named {@code <Id>Alias<Name>} whose {@code DeploymentPreference}
 * is the resource's own (or {@code ALL_AT_ONCE}) pointed at that version. That is what SAM's translator
 * generates (samtranslator/model/stepfunctions/generators.py, {@code _construct_version} and
 * {@code _construct_alias}); rules written for the Step Functions types then judge SAM's as deployed.
 */
final class SamStateMachines {
    static final String TYPE = "AWS::Serverless::StateMachine";

    private SamStateMachines() {
    }

    /** Adds the version and alias that {@code machine} deploys, each mapped to {@code machine}. */
    static void derive(Resource machine, Map<Resource, Resource> out) {
        MapNode properties = machine.properties();
        Entry alias = properties == null ? null : properties.entry("AutoPublishAlias");
        if (alias == null) {
            return;
        }
        Resource version = version(machine, alias);
        out.put(version, machine);
        out.put(alias(machine, alias, version), machine);
    }

    private static Resource version(Resource machine, Entry alias) {
        String id = machine.logicalId() + "Version";
        MapNode properties = Synthetic.map(alias.value());
        Synthetic.put(properties, "StateMachineArn", alias.key(), Synthetic.ref(machine.logicalId(), alias.value()));
        Synthetic.put(properties, "StateMachineRevisionId", alias.key(),
                Synthetic.getAtt(machine.logicalId(), "StateMachineRevisionId", alias.value()));
        return resource(id, "AWS::StepFunctions::StateMachineVersion", alias, properties, machine);
    }

    private static Resource alias(Resource machine, Entry alias, Resource version) {
        String name = alias.value() instanceof ScalarNode scalar && scalar.isString() ? scalar.value() : "";
        MapNode properties = Synthetic.map(alias.value());
        Synthetic.put(properties, "Name", alias.key(), alias.value());
        Entry written = machine.properties().entry("DeploymentPreference");
        MapNode preference;
        Node preferenceKey;
        if (written != null && written.value() instanceof MapNode map && map.intrinsicName() == null) {
            preference = Synthetic.copy(map);
            preferenceKey = written.key();
        } else {
            preference = Synthetic.map(alias.value());
            preferenceKey = alias.key();
            Synthetic.put(preference, "Type", alias.key(), Synthetic.text("ALL_AT_ONCE", alias.value()));
        }
        if (!preference.has("StateMachineVersionArn")) {
            Synthetic.put(preference, "StateMachineVersionArn", alias.key(), Synthetic.ref(version.logicalId(), alias.value()));
        }
        Synthetic.put(properties, "DeploymentPreference", preferenceKey,
                written != null && !(written.value() instanceof MapNode map && map.intrinsicName() == null) ? written.value() : preference);
        return resource(machine.logicalId() + "Alias" + name, "AWS::StepFunctions::StateMachineAlias", alias, properties, machine);
    }

    /** A resource at the written entry it derives from: its logical id at the entry's key, its body at the value. */
    static Resource resource(String id, String type, Entry from, MapNode properties, Resource machine) {
        MapNode body = Synthetic.map(from.value());
        Synthetic.put(body, "Type", from.key(), Synthetic.text(type, from.value()));
        Synthetic.put(body, "Properties", from.key(), properties);
        if (machine.condition() != null) {
            Synthetic.put(body, "Condition", from.key(), machine.condition());
        }
        return new Resource(id, Synthetic.text(id, from.key()), body);
    }
}
