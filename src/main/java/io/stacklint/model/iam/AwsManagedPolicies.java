package io.stacklint.model.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few AWS managed policies that workflow templates commonly attach, with what each grants, from its page in
 * the AWS Managed Policy Reference (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/NAME.html, the
 * version named below). Every statement of these is an Allow on {@code "*"}. A policy marked not exhaustive is
 * known to grant these actions and may grant more. Any other AWS managed policy is opaque: it may grant anything.
 */
public final class AwsManagedPolicies {
    /** What a known policy grants; {@code exhaustive} when that is all it grants. */
    public record Known(String name, List<String> actions, boolean exhaustive, String source) {
    }

    private static final String REFERENCE = "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/";
    private static final List<String> XRAY_WRITE = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords",
            "xray:GetSamplingRules", "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries");

    private static final Map<String, Known> KNOWN = Map.of(
            // v1 (February 2015): lambda:InvokeFunction on "*".
            "awslambdarole", known("AWSLambdaRole", List.of("lambda:InvokeFunction"), true),
            // v2 (August 2018): the five X-Ray write and sampling actions on "*"; SAM attaches it for Tracing.
            "awsxraywriteonlyaccess", known("AWSXrayWriteOnlyAccess", XRAY_WRITE, true),
            // v2 (February 2024): the same five actions.
            "awsxraydaemonwriteaccess", known("AWSXRayDaemonWriteAccess", XRAY_WRITE, true),
            // v1 (April 2015): the three log-writing actions on "*".
            "awslambdabasicexecutionrole", known("AWSLambdaBasicExecutionRole",
                    List.of("logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"), true),
            // v1 (January 2017): states:* on "*".
            "awsstepfunctionsfullaccess", known("AWSStepFunctionsFullAccess", List.of("states:*"), true),
            // "Grants full access to CloudWatch Logs" (CloudWatch Logs User Guide, AWS managed policies): logs:* on
            // "*"; later versions add actions of other services, so it is not taken as exhaustive.
            "cloudwatchlogsfullaccess", new Known("CloudWatchLogsFullAccess", List.of("logs:*"), false,
                    "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-identity-based-access-control-cwl.html"));

    private AwsManagedPolicies() {
    }

    private static Known known(String name, List<String> actions, boolean exhaustive) {
        return new Known(name, actions, exhaustive, REFERENCE + name + ".html");
    }

    /** The policy by its name or its ARN ({@code arn:aws:iam::aws:policy/service-role/AWSLambdaRole}); null when not known here. */
    public static Known find(String nameOrArn) {
        if (nameOrArn == null) {
            return null;
        }
        String name = nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1);
        return KNOWN.get(name.toLowerCase(Locale.ROOT));
    }

    /** True for an ARN in the {@code aws} account's policy namespace, in any partition. */
    public static boolean isAwsManagedArn(String arn) {
        return arn != null && arn.startsWith("arn:") && arn.contains(":iam::aws:policy/");
    }
}
