package io.stacklint.report;

import java.util.List;

/**
 * Graphviz DOT (https://graphviz.org/doc/info/lang.html). A Parallel or Map state is a cluster holding a node of
 * its own, which its incoming and outgoing edges attach to, and a cluster per branch.
 */
public final class DotSyntax implements WorkflowDiagram.Syntax {
    @Override
    public void begin(StringBuilder out) {
        out.append("digraph stacklint {\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n");
    }

    @Override
    public void beginGroup(StringBuilder out, String id, String label, boolean state, boolean marked, int depth) {
        indent(out, depth).append("subgraph cluster_").append(id).append(" {\n");
        indent(out, depth + 1).append("label=").append(quote(label.lines().findFirst().orElse(""))).append(";\n");
        if (state) {
            // The Parallel or Map state itself, which its transitions attach to; it carries the findings.
            node(out, id, label, WorkflowDiagram.Shape.TASK, marked, depth + 1);
        }
    }

    @Override
    public void endGroup(StringBuilder out, int depth) {
        indent(out, depth).append("}\n");
    }

    @Override
    public void node(StringBuilder out, String id, String label, WorkflowDiagram.Shape shape, boolean marked, int depth) {
        indent(out, depth).append(id).append(" [label=").append(quote(label));
        out.append(switch (shape) {
            case CHOICE -> ", shape=diamond, style=\"\"";
            case TERMINAL -> ", shape=box, style=\"rounded,bold\"";
            case MARKER -> ", shape=circle, style=\"\"";
            case MISSING -> ", shape=box, style=dashed";
            case TASK -> "";
        });
        if (marked) {
            out.append(", color=\"#c0392b\", penwidth=2");
        }
        out.append("];\n");
    }

    @Override
    public void edge(StringBuilder out, String from, String to, boolean dashed, String label, int depth) {
        indent(out, depth).append(from).append(" -> ").append(to);
        if (dashed || label != null) {
            out.append(" [");
            if (dashed) {
                out.append("style=dashed");
            }
            if (label != null) {
                out.append(dashed ? ", " : "").append("label=").append(quote(label));
            }
            out.append(']');
        }
        out.append(";\n");
    }

    @Override
    public void end(StringBuilder out, List<String> marked) {
        out.append("}\n");
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append("  ".repeat(depth));
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
