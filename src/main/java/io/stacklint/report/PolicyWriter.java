package io.stacklint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.stacklint.model.cfn.Intrinsic;
import io.stacklint.model.iam.LeastPrivilegePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the least-privilege policy of each state machine so that it can be pasted into the template: YAML as an
 * item of a role's {@code Policies} (with {@code !GetAtt}/{@code !Sub}), every need that could not be worked out
 * as a comment; JSON with the same policy in long-form intrinsics and those needs in a separate list.
 */
public final class PolicyWriter {
    /** One state machine's policy: where it is, the role it runs as (null when unknown), and the policy. */
    public record MachinePolicy(String machine, String file, int line, String role, LeastPrivilegePolicy.Document policy,
                                Intrinsic.Writer intrinsics) {
    }

    /** A plain YAML scalar that needs no quotes: no leading indicator, no ": " or " #", not a number-like or boolean word. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9:/_.\\-*?!+=,@]*");

    private PolicyWriter() {
    }

    public static String yaml(List<MachinePolicy> machines) {
        StringBuilder out = new StringBuilder();
        for (MachinePolicy m : machines) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("# State machine '").append(m.machine()).append("' (").append(m.file()).append(':').append(m.line()).append(')')
                    .append(m.role() == null ? "" : ", running as role '" + m.role() + "'").append(": what its states and configuration need\n");
            for (String unresolved : m.policy().unresolved()) {
                out.append("# not worked out: ").append(oneLine(unresolved)).append('\n');
            }
            if (m.policy().statements().isEmpty()) {
                out.append("# it needs no permissions").append(m.policy().unresolved().isEmpty() ? "" : " that stacklint could work out").append('\n');
                continue;
            }
            out.append("- PolicyName: ").append(scalar(m.machine() + "-least-privilege")).append('\n');
            out.append("  PolicyDocument:\n");
            out.append("    Version: \"2012-10-17\"\n");
            out.append("    Statement:\n");
            for (LeastPrivilegePolicy.Statement statement : m.policy().statements()) {
                statement.notes().forEach(note -> out.append("      # ").append(oneLine(note)).append('\n'));
                if (m.intrinsics() != null && statement.resources().stream().anyMatch(m.intrinsics()::namesAvoided)) {
                    out.append("      # a resource below names the state machine or its role by a value CloudFormation only knows once they exist:")
                            .append(" in the role's own policy that is a circular dependency, so give the state machine a StateMachineName and write it\n");
                }
                out.append("      - Effect: Allow\n");
                out.append("        Action:\n");
                statement.actions().forEach(a -> out.append("          - ").append(scalar(a)).append('\n'));
                out.append("        Resource:\n");
                statement.resources().forEach(r -> out.append("          - ").append(value(write(m, r))).append('\n'));
            }
        }
        return out.toString();
    }

    public static String json(List<MachinePolicy> machines) {
        List<Object> policies = new ArrayList<>();
        for (MachinePolicy m : machines) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("machine", m.machine());
            entry.put("file", m.file());
            entry.put("line", m.line());
            entry.put("role", m.role());
            List<Object> statements = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (LeastPrivilegePolicy.Statement statement : m.policy().statements()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("Effect", "Allow");
                s.put("Action", statement.actions());
                s.put("Resource", statement.resources().stream().map(r -> write(m, r).json()).toList());
                statements.add(s);
                notes.addAll(statement.notes());
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("Version", "2012-10-17");
            document.put("Statement", statements);
            entry.put("PolicyName", m.machine() + "-least-privilege");
            entry.put("PolicyDocument", document);
            entry.put("notes", notes);
            entry.put("unresolved", m.policy().unresolved());
            policies.add(entry);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("policies", policies)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the policies as JSON", e);
        }
    }

    /** A standalone definition has no template to write intrinsics for: its symbolic strings are {@code Fn::Sub} text. */
    private static Intrinsic write(MachinePolicy m, String symbolic) {
        return m.intrinsics() == null ? Intrinsic.unresolved(symbolic) : m.intrinsics().write(symbolic);
    }

    private static String value(Intrinsic value) {
        return value.kind() == Intrinsic.Kind.LITERAL ? scalar(value.text()) : value.yaml();
    }

    private static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.contains(": ") && !List.of("true", "false", "null", "yes", "no", "on", "off").contains(text.toLowerCase())) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
