package io.stacklint.rules.builtin.cfn;

import io.stacklint.model.cfn.PseudoParameters;
import io.stacklint.model.cfn.Reference;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.rules.api.RuleContext;
import io.stacklint.rules.api.RuleMeta;
import io.stacklint.rules.api.Severity;
import io.stacklint.rules.api.TemplateRule;
import java.util.List;

/**
 * A {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} variable, condition, mapping or {@code DependsOn} that
 * names nothing the template declares. Templates run through a macro other than SAM are skipped: a macro can
 * declare anything.
 */
public final class UnresolvedReference implements TemplateRule {
    public static final RuleMeta META = RuleMeta.of("CFN003", "unresolved-reference",
            "Reference to a resource, parameter, condition or mapping that does not exist", Severity.ERROR, "0.1.0", "cfn", "correctness");

    /** Names SAM declares for a whole template, whatever its resources are called. */
    private static final List<String> SAM_GLOBAL_PREFIXES = List.of("ServerlessRestApi", "ServerlessHttpApi", "ServerlessDeploymentApplication");

    private static final java.util.regex.Pattern RESOURCE_TYPE = java.util.regex.Pattern.compile("(AWS|Alexa|Custom)::[A-Za-z0-9]+(::[A-Za-z0-9]+)?|[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Template template, RuleContext context) {
        if (template.transforms().stream().anyMatch(t -> !t.equals(Template.SAM_TRANSFORM))) {
            return;
        }
        List<String> generated = generatedPrefixes(template);
        for (Reference reference : context.model().references()) {
            String problem = problem(template, reference, generated);
            if (problem != null) {
                context.report(reference.node(), problem);
            }
        }
    }

    private static String problem(Template template, Reference reference, List<String> generated) {
        String target = reference.target();
        if (target.isBlank() && reference.kind() == Reference.Kind.GET_ATT && reference.node().isNull()) {
            return String.format("%s has no argument: it takes a resource's logical id and an attribute (Resource.Attribute)",
                    reference.kind().label());
        }
        if (target.isBlank()) {
            return String.format("%s names nothing: the name is empty", reference.kind().label());
        }
        boolean resource = template.resource(target).isPresent()
                || generated.stream().anyMatch(target::startsWith);
        switch (reference.kind()) {
            case REF, SUB -> {
                if (reference.kind() == Reference.Kind.SUB && reference.attribute() != null) {
                    return getAttProblem(template, reference, resource);
                }
                if (resource || template.hasParameter(target) || PseudoParameters.isPseudoParameter(target)) {
                    return null;
                }
                return String.format("%s to '%s', which is not a parameter, resource or pseudo parameter of this template",
                        reference.kind().label(), target);
            }
            case GET_ATT -> {
                return getAttProblem(template, reference, resource);
            }
            case CONDITION -> {
                return template.hasCondition(target) ? null
                        : String.format("condition '%s' is not declared in Conditions", target);
            }
            case FIND_IN_MAP -> {
                return template.hasMapping(target) ? null
                        : String.format("Fn::FindInMap reads mapping '%s', which is not declared in Mappings", target);
            }
            case DEPENDS_ON -> {
                return resource ? null : String.format("DependsOn names '%s', which is not a resource of this template", target);
            }
            default -> {
                return null;
            }
        }
    }

    private static String getAttProblem(Template template, Reference reference, boolean resource) {
        if (resource) {
            return null;
        }
        String label = reference.kind().label();
        if (template.hasParameter(reference.target())) {
            return String.format("%s reads %s of parameter '%s'; only resources have attributes",
                    label, reference.attribute() == null ? "an attribute" : "attribute '" + reference.attribute() + "'", reference.target());
        }
        String read = reference.attribute() == null ? reference.target() : reference.target() + "." + reference.attribute();
        return String.format("%s reads '%s', but '%s' is not a resource of this template", label, read, reference.target());
    }

    /**
     * Prefixes of the names that something other than the template text declares, computed once per template.
     * SAM names what it generates after the resource it expands ({@code FnRole}, {@code Fn.Alias}), plus a few
     * template-wide names; a module (type {@code Org::Service::Thing::MODULE}, or a preprocessor's tag in place
     * of a type) expands into resources named after its logical id ({@code Network} gives {@code NetworkVPC}).
     */
    private static List<String> generatedPrefixes(Template template) {
        List<String> prefixes = new java.util.ArrayList<>();
        boolean sam = template.isSam();
        if (sam) {
            prefixes.addAll(SAM_GLOBAL_PREFIXES);
        }
        for (Resource resource : template.resources()) {
            String type = resource.type();
            boolean module = type == null || type.endsWith("::MODULE") || !RESOURCE_TYPE.matcher(type).matches();
            boolean samResource = sam && type != null && type.startsWith("AWS::Serverless::");
            if (module || samResource) {
                prefixes.add(resource.logicalId());
            }
        }
        return prefixes;
    }
}
