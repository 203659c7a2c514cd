package io.stacklint.model.iam;

import io.stacklint.model.NodeValues;
import io.stacklint.model.asl.IntegrationCatalog;
import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;

/**
 * What a state machine's own settings need: log delivery for a LoggingConfiguration (SAM: Logging) whose Level
 * is not OFF, X-Ray for TracingConfiguration (SAM: Tracing) Enabled, and the key of a customer-managed KMS
 * EncryptionConfiguration. A setting that {@code Fn::If} enables in one deployment is needed in that one.
 */
final class ConfigurationNeeds {
    private final TaskNeeds needs;
    private final Resource resource;

    ConfigurationNeeds(TaskNeeds needs, Resource resource) {
        this.needs = needs;
        this.resource = resource;
    }

    void collect() {
        IntegrationCatalog catalog = IntegrationCatalog.get();
        for (String property : new String[] {"LoggingConfiguration", "Logging"}) {
            setting(property, catalog.config("logging"), map -> map.get("Level") != null && !"OFF".equals(map.text("Level")));
        }
        for (String property : new String[] {"TracingConfiguration", "Tracing"}) {
            setting(property, catalog.config("tracing"), map -> "true".equals(map.text("Enabled")));
        }
        setting("EncryptionConfiguration", catalog.config("encryption"), map -> "CUSTOMER_MANAGED_KMS_KEY".equals(map.text("Type")));
    }

    private void setting(String property, IntegrationCatalog.Entry entry, java.util.function.Predicate<MapNode> enabled) {
        MapNode properties = resource.properties();
        Entry written = properties == null ? null : properties.entry(property);
        if (written == null) {
            return;
        }
        for (Node value : NodeValues.branches(written.value())) {
            if (value instanceof MapNode map && map.intrinsicName() == null && enabled.test(map)) {
                needs.grants(entry, new MachineNeeds.Fields(map, false), written.key(), property, true);
            }
        }
    }
}
