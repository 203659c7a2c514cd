package io.stacklint.report;

import java.util.List;

/**
 * Mermaid flowchart syntax (https://mermaid.js.org/syntax/flowchart.html), which GitHub renders in a
 * {@code mermaid} code block. Labels are always quoted, with {@code #}, quotes and angle brackets written as
 * entity codes, so a state name cannot end a label or inject markup.
 */
public final class MermaidSyntax implements WorkflowDiagram.Syntax {
    @Override
    public void begin(StringBuilder out) {
        out.append("flowchart TD\n");
    }

    @Override
    public void beginGroup(StringBuilder out, String id, String label, boolean state, boolean marked, int depth) {
        indent(out, depth).append("subgraph ").append(id).append(" [\"").append(label(label)).append("\"]\n");
        indent(out, depth + 1).append("direction TB\n");
    }

    @Override
    public void endGroup(StringBuilder out, int depth) {
        indent(out, depth).append("end\n");
    }

    @Override
    public void node(StringBuilder out, String id, String label, WorkflowDiagram.Shape shape, boolean marked, int depth) {
        String text = "\"" + label(label) + "\"";
        indent(out, depth).append(id).append(switch (shape) {
            case CHOICE -> "{" + text + "}";
            case TERMINAL -> "([" + text + "])";
            case MARKER -> "((" + text + "))";
            case MISSING -> ">" + text + "]";
            case TASK -> "[" + text + "]";
        }).append('\n');
    }

    @Override
    public void edge(StringBuilder out, String from, String to, boolean dashed, String label, int depth) {
        indent(out, depth).append(from).append(dashed ? " -.->" : " -->");
        if (label != null) {
            out.append("|\"").append(label(label)).append("\"|");
        }
        out.append(' ').append(to).append('\n');
    }

    @Override
    public void end(StringBuilder out, List<String> marked) {
        out.append("  classDef finding fill:#fde2e2,stroke:#c0392b,stroke-width:2px\n");
        if (!marked.isEmpty()) {
            out.append("  class ").append(String.join(",", marked)).append(" finding\n");
        }
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append("  ".repeat(depth));
    }

    static String label(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '#' -> out.append("#35;");
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '\n' -> out.append("<br/>");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }
}
