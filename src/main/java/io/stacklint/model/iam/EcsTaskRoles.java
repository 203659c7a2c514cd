package io.stacklint.model.iam;

import io.stacklint.model.asl.IntegrationGrant;
import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.TemplateValues;
import io.stacklint.tree.Node;
import java.util.List;

/**
 * {@code iam:PassRole} for an ECS RunTask: on the task role and the execution role of the task definition it
 * runs, found among the template's {@code AWS::ECS::TaskDefinition}s by its ARN or family, and on the roles a
 * task's {@code Overrides} name. A task definition from elsewhere leaves the roles unknown.
 */
final class EcsTaskRoles {
    private static final IntegrationGrant DEFINITION = IntegrationGrant.parse("ecs:RunTask={TaskDefinition:ecs-task-definition}");
    private static final IntegrationGrant TASK_ROLE = IntegrationGrant.parse("iam:PassRole={Overrides/TaskRoleArn:role}");
    private static final IntegrationGrant EXECUTION_ROLE = IntegrationGrant.parse("iam:PassRole={Overrides/ExecutionRoleArn:role}");

    private final TaskNeeds needs;

    EcsTaskRoles(TaskNeeds needs) {
        this.needs = needs;
    }

    void passRoles(MachineNeeds.Fields fields, Node at, String purpose, boolean confirmed) {
        String passRole = TaskNeeds.canonical("iam:PassRole");
        for (String definition : needs.targets(DEFINITION, fields, at, false)) {
            Resource declared = definition == null ? null : declared(definition);
            if (declared == null) {
                needs.unresolved(purpose + ": the roles of task definition " + (definition == null ? "chosen at run time" : definition)
                        + " are not in the template, so the iam:PassRole it needs is not known");
                continue;
            }
            for (String property : List.of("TaskRoleArn", "ExecutionRoleArn")) {
                Node role = declared.property(property);
                if (role != null) {
                    for (String value : needs.symbolic(role, true)) {
                        String arn = value == null ? null : TargetArns.of("role", value, null);
                        needs.add(passRole, arn == null ? "*" : arn, arn == null, at, purpose, confirmed);
                    }
                }
            }
        }
        for (IntegrationGrant override : List.of(TASK_ROLE, EXECUTION_ROLE)) {
            if (fields.map() != null && DefinitionValues.field(fields.map(), override.field()).stream()
                    .anyMatch(found -> found.dynamic() || found.node() != null)) {
                for (String arn : needs.targets(override, fields, at, false)) {
                    needs.add(passRole, arn == null ? "*" : arn, arn == null, at, purpose, confirmed);
                }
            }
        }
    }

    /** The template's task definition with this ARN (any revision of its family). */
    private Resource declared(String arn) {
        if (needs.template() == null) {
            return null;
        }
        for (Resource resource : needs.template().resourcesOfType("AWS::ECS::TaskDefinition")) {
            String own = TemplateValues.arnOf(resource.logicalId(), needs.template());
            if (own != null && family(own).equals(family(arn))) {
                return resource;
            }
        }
        return null;
    }

    private static String family(String arn) {
        int colon = arn.lastIndexOf(':');
        int slash = arn.lastIndexOf('/');
        return colon > slash ? arn.substring(0, colon) : arn;
    }
}
