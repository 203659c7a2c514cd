package io.stacklint.model.sam;

import io.stacklint.model.cfn.Resource;
import io.stacklint.model.cfn.Template;
import io.stacklint.tree.MapNode;
import io.stacklint.tree.Node;
import io.stacklint.tree.ScalarNode;

/**
 * How long a Lambda function of the template may run: its {@code Timeout}, for a SAM function else the template's
 * {@code Globals.Function.Timeout} (which SAM copies into every function that does not set its own), else
 * Lambda's default of 3 seconds. Null when the timeout is decided at deploy time.
 *
 * @param seconds the timeout
 * @param where   how a message names where it comes from
 */
public record FunctionTimeout(double seconds, String where) {
    public static final String LAMBDA = "AWS::Lambda::Function";
    public static final String SAM = "AWS::Serverless::Function";
    /** Lambda's default timeout when none is set. */
    public static final double DEFAULT_SECONDS = 3;

    public static boolean isFunction(Resource resource) {
        return LAMBDA.equals(resource.type()) || SAM.equals(resource.type());
    }

    public static FunctionTimeout of(Template template, Resource function) {
        Node own = function.property("Timeout");
        if (own != null) {
            return literal(own, "its Timeout");
        }
        if (SAM.equals(function.type())) {
            MapNode globals = template.root().map("Globals");
            MapNode functions = globals == null ? null : globals.map("Function");
            Node global = functions == null ? null : functions.get("Timeout");
            if (global != null) {
                return literal(global, "Globals.Function.Timeout");
            }
        }
        return new FunctionTimeout(DEFAULT_SECONDS, "Lambda's default timeout (3 s)");
    }

    private static FunctionTimeout literal(Node value, String where) {
        Double seconds = value instanceof ScalarNode scalar ? scalar.number() : null;
        return seconds == null ? null : new FunctionTimeout(seconds, where + " (" + value.text() + " s)");
    }
}
