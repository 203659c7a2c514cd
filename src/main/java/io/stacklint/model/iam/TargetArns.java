package io.stacklint.model.iam;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the value a Task's field names its target with into the ARN to grant, per the form the integration
 * catalog gives the field ({@code lambda-function}, {@code sqs-queue-url}...): a Lambda function's name, partial
 * or full ARN; a queue URL; a table, bucket, job or project name; a role's name. Values are symbolic
 * ({@code ${AWS::Region}}, {@code ${Fn}}). Null when the value is not of that form: only the action is then known.
 */
final class TargetArns {
    private static final String PARTITION = "arn:${AWS::Partition}:";
    private static final String HERE = ":${AWS::Region}:${AWS::AccountId}:";
    private static final Pattern PARAMETER_ARN = Pattern.compile("\\$\\{[A-Za-z0-9]*(Arn|ARN)}");
    private static final Pattern QUEUE_URL = Pattern.compile("https?://(?:sqs\\.)?([^./]+|\\$\\{[^}]+})\\.(?:queue\\.)?[^/]+/([^/]+)/([^/]+)/?");
    /** One ARN component: text without ':' or {@code ${...}} tokens (which hold colons themselves). */
    private static final String PART = "(?:\\$\\{[^}]*}|[^:$])*";
    private static final Pattern STATE_MACHINE = Pattern.compile("(arn:" + PART + ":states:" + PART + ":" + PART + "):stateMachine:("
            + PART + ")(?::.*)?");
    private static final Pattern CONNECTION = Pattern.compile("(arn:" + PART + "):events:(" + PART + "):(" + PART + "):connection/([^/]+)/.*");

    private TargetArns() {
    }

    /** The ARN for a value of that kind; {@code sibling} is the Key or Prefix beside a Bucket (or null). */
    static String of(String kind, String value, String sibling) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean arn = value.startsWith("arn:");
        if (PARAMETER_ARN.matcher(value).matches() && !kind.endsWith("executions") && !kind.equals("events-connection-secret")) {
            return value; // a parameter named ...Arn holds the whole ARN, not a name to build one from
        }
        return switch (kind) {
            case "lambda-function" -> lambda(value);
            case "sqs-queue-url" -> arn ? value : queue(value);
            case "dynamodb-table" -> arn ? value : PARTITION + "dynamodb" + HERE + "table/" + value;
            case "sns-topic", "arn", "state-machine" -> arn || value.startsWith("${") && !value.contains(":") ? value : null;
            case "state-machine-executions" -> executions(value, ":*");
            case "state-machine-child-executions" -> executions(value, "/*");
            case "event-bus" -> arn ? value : PARTITION + "events" + HERE + "event-bus/" + value;
            case "ecs-task-definition" -> arn ? value : PARTITION + "ecs" + HERE + "task-definition/" + revisioned(value);
            case "batch-job-definition" -> arn ? value : PARTITION + "batch" + HERE + "job-definition/" + revisioned(value);
            case "batch-job-queue" -> arn ? value : PARTITION + "batch" + HERE + "job-queue/" + value;
            case "glue-job" -> arn ? value : PARTITION + "glue" + HERE + "job/" + value;
            case "athena-workgroup" -> PARTITION + "athena" + HERE + "workgroup/" + value;
            case "athena-data-catalog" -> PARTITION + "athena" + HERE + "datacatalog/" + value;
            case "codebuild-project" -> arn ? value : PARTITION + "codebuild" + HERE + "project/" + value;
            case "events-connection-secret" -> connectionSecret(value);
            case "role" -> arn || value.startsWith("${") && value.endsWith(".Arn}") ? value
                    : PARTITION + "iam::${AWS::AccountId}:role/" + value;
            case "s3-bucket" -> arn ? value : PARTITION + "s3:::" + value;
            case "s3-object" -> (arn ? value : PARTITION + "s3:::" + value) + "/" + (sibling == null ? "*" : sibling);
            case "s3-prefix" -> (arn ? value : PARTITION + "s3:::" + value) + "/"
                    + (sibling == null || sibling.isEmpty() ? "*" : sibling.endsWith("/") ? sibling + "*" : sibling + "/*");
            case "kms-key" -> arn ? value : value.startsWith("alias/") ? PARTITION + "kms" + HERE + value : PARTITION + "kms" + HERE + "key/" + value;
            case "secret" -> arn ? value : PARTITION + "secretsmanager" + HERE + "secret:" + value + "-??????";
            default -> null;
        };
    }

    /** A function name, {@code name:qualifier}, {@code ACCOUNT:function:name}, or a full ARN. */
    private static String lambda(String value) {
        if (value.startsWith("arn:")) {
            return value;
        }
        int function = value.indexOf(":function:");
        if (function >= 0) {
            return PARTITION + "lambda:${AWS::Region}:" + value;
        }
        return PARTITION + "lambda" + HERE + "function:" + value;
    }

    private static String queue(String url) {
        Matcher m = QUEUE_URL.matcher(url);
        return m.matches() ? PARTITION + "sqs:" + m.group(1) + ":" + m.group(2) + ":" + m.group(3) : null;
    }

    /**
     * The executions of a state machine, {@code execution:NAME:*} (their ids are chosen at run time), or with
     * {@code /*} the child executions of its Distributed Maps, {@code execution:NAME/MAPRUNLABEL:ID}.
     */
    private static String executions(String machineArn, String suffix) {
        Matcher m = STATE_MACHINE.matcher(machineArn);
        return m.matches() ? m.group(1) + ":execution:" + m.group(2) + suffix : null;
    }

    /** The secret EventBridge keeps a connection's credentials in: {@code secret:events!connection/NAME/*}. */
    private static String connectionSecret(String connectionArn) {
        Matcher m = CONNECTION.matcher(connectionArn);
        return m.matches() ? m.group(1) + ":secretsmanager:" + m.group(2) + ":" + m.group(3) + ":secret:events!connection/" + m.group(4) + "/*" : null;
    }

    /** A family or job definition without a revision runs its latest one, known only at run time. */
    private static String revisioned(String name) {
        return name.contains(":") ? name : name + ":*";
    }
}
