package io.stacklint.model;

import io.stacklint.model.asl.DefinitionFiles;
import io.stacklint.model.asl.StateMachine;
import io.stacklint.model.asl.StateMachineLocator;
import io.stacklint.model.asl.UnreadSource;
import io.stacklint.model.cfn.Reference;
import io.stacklint.model.cfn.ReferenceCollector;
import io.stacklint.model.cfn.Template;
import io.stacklint.model.iam.PolicyDocument;
import io.stacklint.model.iam.PolicyLocator;
import io.stacklint.model.iam.PolicyStatement;
import io.stacklint.model.sam.SamTransform;
import io.stacklint.parse.ParseProblem;
import io.stacklint.parse.ParsedDocument;
import io.stacklint.source.SourceFile;
import io.stacklint.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/** Everything stacklint knows about one file: its tree, and the template or definition read from it. */
public final class SourceModel {
    private final ParsedDocument document;
    private final DocumentKind kind;
    private final Template template;
    private final List<StateMachine> stateMachines;
    private final StateMachineLocator.Located located;
    private List<PolicyStatement> statements;
    private List<PolicyDocument> documents;
    private List<Reference> references;
    private final java.util.Map<Memo<?>, Object> memos = new java.util.HashMap<>();

    private SourceModel(ParsedDocument document, DocumentKind kind, Template template, List<StateMachine> stateMachines,
                        StateMachineLocator.Located located) {
        this.document = document;
        this.kind = kind;
        this.template = template;
        this.stateMachines = stateMachines;
        this.located = located;
    }

    /** Built by {@link SourceModels#of}: the parse result is the engine's, not part of what a rule sees. */
    static SourceModel of(ParsedDocument document, DefinitionFiles files) {
        String name = document.source().path().getFileName() == null ? "" : document.source().path().getFileName().toString();
        DocumentKind kind = DocumentKind.classify(name, document.root());
        if (kind == DocumentKind.TEMPLATE && document.root() instanceof MapNode root) {
            Template template = SamTransform.apply(new Template(document.source(), root));
            StateMachineLocator.Located located = StateMachineLocator.locate(template, files);
            return new SourceModel(document, kind, template, located.machines(), located);
        }
        if (kind == DocumentKind.STATE_MACHINE_DEFINITION && document.root() != null) {
            StateMachine machine = StateMachineLocator.standalone(document.source(), document.root());
            return new SourceModel(document, kind, null, machine == null ? List.of() : List.of(machine), NOTHING_LOCATED);
        }
        return new SourceModel(document, kind, null, List.of(), NOTHING_LOCATED);
    }

    private static final StateMachineLocator.Located NOTHING_LOCATED = StateMachineLocator.Located.NOTHING;

    ParsedDocument document() {
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

    /**
     * Every problem found parsing what this model read: the file itself, then JSON held in
     * {@code DefinitionString} values (at their places in this file) and {@code DefinitionUri} files (in those files).
     */
    List<ParseProblem> parseProblems() {
        if (located.problems().isEmpty()) {
            return document.problems();
        }
        List<ParseProblem> all = new ArrayList<>(document.problems());
        all.addAll(located.problems());
        return all;
    }

    /** Definition sources of the template's state machines that gave nothing to check, with the reason. */
    public List<UnreadSource> unreadSources() {
        return located.unread();
    }

    /** The definitions of one resource that were not read for one reason. */
    public List<UnreadSource> unreadSources(io.stacklint.model.cfn.Resource resource, UnreadSource.Reason reason) {
        return located.unread().stream().filter(u -> u.resource() == resource && u.reason() == reason).toList();
    }

    /** The DefinitionUri files read whose path is written in other letter case than the disk's. */
    public List<io.stacklint.model.asl.MiscasedDefinitionFile> miscasedDefinitionFiles() {
        return located.miscased();
    }

    public List<PolicyStatement> policyStatements() {
        if (statements == null) {
            statements = template == null ? List.of() : PolicyLocator.statements(template);
        }
        return statements;
    }

    /** Every policy document of the template: identity, trust and resource policies. */
    public List<PolicyDocument> policyDocuments() {
        if (documents == null) {
            documents = template == null ? List.of() : PolicyLocator.documents(template);
        }
        return documents;
    }

    public List<Reference> references() {
        if (references == null) {
            references = template == null ? List.of() : ReferenceCollector.collect(template);
        }
        return references;
    }

    /** The value of {@code key} for this file, computed once: see {@link Memo}, through which the engine's code reaches it. */
    @SuppressWarnings("unchecked")
    <T> T memo(Memo<T> key, java.util.function.Supplier<T> compute) {
        // A run lints each file on one thread, but a rule may hand the model to threads of its own: the map is
        // guarded, and the computation runs outside the lock (it may ask for other memos; two threads that race
        // compute the same value, and the first one stored wins).
        Object value;
        synchronized (memos) {
            value = memos.get(key);
        }
        if (value == null) {
            Object computed = compute.get();
            synchronized (memos) {
                value = memos.putIfAbsent(key, computed);
            }
            if (value == null) {
                value = computed;
            }
        }
        return (T) value;
    }
}
