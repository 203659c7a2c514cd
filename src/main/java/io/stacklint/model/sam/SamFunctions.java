package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.tree.Entry;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.ScalarNode;
import java.util.Map;

/**
 * What SAM deploys for an {@code AWS::Serverless::Function} with {@code AutoPublishAlias}, besides the function:
 * an {@code AWS::Lambda::Version} of it and an {@code AWS::Lambda::Alias} named {@code <Id>Alias<Name>} pointing at
 * that version, which carries the function's {@code ProvisionedConcurrencyConfig} (SAM "AutoPublishAlias" and
 * "Referencing generated CloudFormation resources"; samtranslator/model/sam_resources.py,
 * {@code _construct_version} and {@code _construct_alias}). SAM names the version {@code <Id>Version<hash>} after a
 * hash of the code, which a linter cannot know; it is {@code <Id>Version} here, and templates name both as
 * {@code <Id>.Version} and {@code <Id>.Alias}.
 */
final class SamFunctions {
    static final String TYPE = "AWS::Serverless::Function";

    private SamFunctions() {
    }

    /** Adds the version and alias that {@code function} deploys, each mapped to {@code function}. */
    static void derive(Resource function, Map<Resource, Resource> out) {
        MapNode properties = function.properties();
        Entry alias = properties == null ? null : properties.entry("AutoPublishAlias");
        if (alias == null) {
            return;
        }
        String versionId = function.logicalId() + "Version";
        MapNode version = Synthetic.map(alias.value());
        Synthetic.put(version, "FunctionName", alias.key(), Synthetic.ref(function.logicalId(), alias.value()));
        out.put(SamStateMachines.resource(versionId, "AWS::Lambda::Version", alias, version, function), function);

        String name = alias.value() instanceof ScalarNode scalar && scalar.isString() ? scalar.value() : "";
        MapNode aliasProperties = Synthetic.map(alias.value());
        Synthetic.put(aliasProperties, "Name", alias.key(), alias.value());
        Synthetic.put(aliasProperties, "FunctionName", alias.key(), Synthetic.ref(function.logicalId(), alias.value()));
        Synthetic.put(aliasProperties, "FunctionVersion", alias.key(), Synthetic.getAtt(versionId, "Version", alias.value()));
        Entry concurrency = properties.entry("ProvisionedConcurrencyConfig");
        if (concurrency != null) {
            aliasProperties.put(concurrency);
        }
        out.put(SamStateMachines.resource(function.logicalId() + "Alias" + name, "AWS::Lambda::Alias", alias, aliasProperties, function), function);
    }
}
