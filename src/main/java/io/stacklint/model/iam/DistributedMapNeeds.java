package io.stacklint.model.iam;

import io.stacklint.model.asl.Integration;
import io.stacklint.model.asl.IntegrationCatalog;
import io.stacklint.model.asl.IntegrationKind;
import io.stacklint.model.asl.State;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;

/**
 * A Distributed Map ({@code ProcessorConfig.Mode: DISTRIBUTED}) starts child executions of its own state
 * machine, reads its items from S3 ({@code ItemReader}) and writes its results there ({@code ResultWriter}).
 */
final class DistributedMapNeeds {
    private final TaskNeeds needs;
    private final State state;

    DistributedMapNeeds(TaskNeeds needs, State state) {
        this.needs = needs;
        this.state = state;
    }

    void collect() {
        MapNode processor = state.node().map("ItemProcessor");
        MapNode config = processor == null ? null : processor.map("ProcessorConfig");
        if (config == null || !"DISTRIBUTED".equals(config.text("Mode"))) {
            return;
        }
        IntegrationCatalog catalog = IntegrationCatalog.get();
        String name = "Distributed Map '" + state.name() + "'";
        needs.grants(catalog.config("distributed-map"), new MachineNeeds.Fields(null, false), config.get("Mode"), name + " (child executions)");
        s3(catalog, "ItemReader", "item-reader", name);
        s3(catalog, "ResultWriter", "result-writer", name);
    }

    private void s3(IntegrationCatalog catalog, String field, String role, String name) {
        MapNode part = state.node().map(field);
        Node resource = part == null ? null : part.get("Resource");
        if (resource == null) {
            return;
        }
        Integration integration = Integration.parse(resource.text() != null ? resource.text()
                : resource instanceof MapNode call && call.subTemplate() != null ? call.subTemplate().value() : null);
        IntegrationCatalog.Entry entry = integration == null || integration.kind() != IntegrationKind.OPTIMIZED
                ? null : catalog.config(role + ":" + integration.service() + ":" + integration.action());
        if (entry == null) {
            needs.unresolved(name + ": the " + field + " Resource " + resource.describe() + " is not an S3 reader or writer stacklint knows");
            return;
        }
        MapNode arguments = part.map("Arguments") != null ? part.map("Arguments") : part.map("Parameters");
        needs.grants(entry, new MachineNeeds.Fields(arguments, false), resource, name + " (" + field + ")");
    }
}
