package io.stacklint.model;

import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.cfn.Reference;
import io.stacklint.model.cfn.ReferenceCollector;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyLocator;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import java.util.List;

/** Everything stacklint knows about one file: its tree, and the template or definition read from it. */
public final class SourceModel {
    private final ParsedDocument document;
    private final DocumentKind kind;
    private final Template template;
    private final List<StateMachine> stateMachines;
    private List<PolicyStatement> statements;
    private List<Reference> references;

    private SourceModel(ParsedDocument document, DocumentKind kind, Template template, List<StateMachine> stateMachines) {
        this.document = document;
        this.kind = kind;
        this.template = template;
        this.stateMachines = stateMachines;
    }

    public static SourceModel of(ParsedDocument document) {
        String name = document.source().path().getFileName() == null ? "" : document.source().path().getFileName().toString();
        DocumentKind kind = DocumentKind.classify(name, document.root());
        if (kind == DocumentKind.TEMPLATE && document.root() instanceof MapNode root) {
            Template template = new Template(document.source(), root);
            return new SourceModel(document, kind, template, StateMachineLocator.inTemplate(template));
        }
        if (kind == DocumentKind.STATE_MACHINE_DEFINITION && document.root() != null) {
            StateMachine machine = StateMachineLocator.standalone(document.source(), document.root());
            return new SourceModel(document, kind, null, machine == null ? List.of() : List.of(machine));
        }
        return new SourceModel(document, kind, null, List.of());
    }

    public ParsedDocument document() {
        return document;
    }

    public SourceFile source() {
        return document.source();
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The template, or null when the file is a standalone definition or neither. */
    public Template template() {
        return template;
    }

    public List<StateMachine> stateMachines() {
        return stateMachines;
    }

    public List<PolicyStatement> policyStatements() {
        if (statements == null) {
            statements = template == null ? List.of() : PolicyLocator.statements(template);
        }
        return statements;
    }

    public List<Reference> references() {
        if (references == null) {
            references = template == null ? List.of() : ReferenceCollector.collect(template);
        }
        return references;
    }
}
