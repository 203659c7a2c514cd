package io.stacklint.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bin/new-rule}: scaffolds a rule with everything the catalog asks of it, so adding one starts green. It
 * writes the rule (a Java class, or a YAML file of the built-in pack), its help page in the fixed sections, a bad
 * and a good fixture whose markers match what the scaffold reports, and registers it (the line in
 * {@code BuiltinRules}, in id order, or the line in {@code rules/index.txt}). What the scaffold checks is a working
 * example to replace; every place to rewrite says {@code TODO(new-rule)}, and {@code RuleCatalogTest} refuses a
 * shipped file that still does.
 *
 * <p>JDK only, so that it runs as a single-file program without a build: {@code java src/test/java/io/stacklint/generate/NewRule.java}.
 */
public final class NewRule {
    /** What a scaffolded file says where its author has to write the real thing. */
    public static final String TODO = "TODO(new-rule)";
    static final String USAGE = "usage: bin/new-rule java|yaml ID rule-name [--title TEXT] [--severity error|warning|note]\n"
            + "  e.g. bin/new-rule java ASL180 map-without-item-selector; the id's prefix (ASL, CFN, IAM) picks the area";
    private static final Pattern ID = Pattern.compile("([A-Z]+)[0-9]{3}");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern META_ID = Pattern.compile("RuleMeta\\.of\\(\"([A-Z0-9]+)\"\\s*,\\s*\"([a-z0-9-]+)\"");
    /** A rule's {@code since}: after the severity in a Java rule's META, or a YAML rule's {@code since:} line. */
    private static final Pattern SINCE = Pattern.compile("(?:Severity\\.[A-Z]+,\\s*\"|(?m)^since: )(\\d+)\\.(\\d+)\\.(\\d+)");
    public static final String BUILTIN = "src/main/java/io/stacklint/rules/builtin";
    public static final String DOCS = "src/main/resources/io/stacklint/rules/docs";

    /** A Java rule: %1$s the TODO marker, %2$s the class, %3$s its META, %4$s imports, %5$s the visitor, %6$s what it visits, %7$s the check. */
    private static final String JAVA_RULE = """
            %4$s
            /** %1$s: say in one sentence what is flagged and why it is a problem. */
            public final class %2$s implements %5$s {
            %3$s
                @Override
                public RuleMeta meta() {
                    return META;
                }
            %6$s
                @Override
            %7$s    }
            }
            """;

    private NewRule() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of("").toAbsolutePath(), List.of(args), System.out, System.err));
    }

    /** Scaffolds in the repository at {@code root}: 0 done, 2 a usage mistake or a clash with an existing rule (nothing written). */
    public static int run(Path root, List<String> args, PrintStream out, PrintStream err) {
        try {
            Request request = Request.parse(args);
            Area area = Area.of(request.id());
            List<String> clashes = clashes(root, request);
            if (!clashes.isEmpty()) {
                clashes.forEach(c -> err.println("new-rule: " + c));
                return 2;
            }
            String since = since(root);
            List<Path> written = request.java() ? java(root, request, area, since) : yaml(root, request, area, since);
            written.forEach(p -> out.println("wrote " + root.relativize(p).toString().replace('\\', '/')));
            // The jar compiles the built-in pack from its packed form (builtin-pack.json), which must follow rules/.
            String pack = request.java() ? "" : ", regenerate the packed pack: mvn -q -o test -Dtest=RulePackGeneratorTest -Dstacklint.updateGolden=true";
            out.println("next: replace every " + TODO + pack + ", then run mvn -q -o test -Dtest='RuleFixturesTest,RuleCatalogTest,DocExamplesTest' "
                    + "and regenerate the reference: mvn -q -o test -Dtest=RuleReferenceTest -Dstacklint.updateGolden=true (CONTRIBUTING.md)");
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("new-rule: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("new-rule: " + e);
            return 2;
        }
    }

    record Request(boolean java, String id, String name, String title, String severity) {
        static Request parse(List<String> args) {
            List<String> positional = new ArrayList<>();
            String title = null;
            String severity = "warning";
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if ((a.equals("--title") || a.equals("--severity")) && i + 1 < args.size()) {
                    if (a.equals("--title")) {
                        title = args.get(++i);
                    } else {
                        severity = args.get(++i);
                    }
                } else if (a.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else {
                    positional.add(a);
                }
            }
            if (positional.size() != 3 || !List.of("java", "yaml").contains(positional.get(0))) {
                throw new IllegalArgumentException("give the kind (java or yaml), the id and the name");
            }
            if (!ID.matcher(positional.get(1)).matches()) {
                throw new IllegalArgumentException("'" + positional.get(1) + "' is not an id: capital letters then three digits (ASL180)");
            }
            if (!NAME.matcher(positional.get(2)).matches()) {
                throw new IllegalArgumentException("'" + positional.get(2) + "' is not a kebab-case name (map-without-item-selector)");
            }
            if (!List.of("error", "warning", "note").contains(severity)) {
                throw new IllegalArgumentException("severity '" + severity + "' is not error, warning or note");
            }
            String name = positional.get(2);
            return new Request(positional.get(0).equals("java"), positional.get(1), name,
                    title != null ? title : TODO + " one line naming the pattern flagged", severity);
        }

        String className() {
            return NewRule.className(name);
        }
    }

    /** The class of a Java rule is its name in PascalCase: {@code task-without-timeout} is {@code TaskWithoutTimeout}. */
    public static String className(String kebabName) {
        StringBuilder out = new StringBuilder();
        for (String word : kebabName.split("-")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /**
     * Per area, a small working check to start from, its fixtures, and where its finding lands: the fixtures' line
     * {@code L} (1-based, counted in {@code bad}) at column {@code col}.
     */
    enum Area {
        ASL("asl", "StateRule", "Pass state '%s' has no Comment", "Pass state '{state}' has no Comment", "select: {asl-state: Pass}\nrequire: {path: Comment, present: true}\nreport-at: .\n",
                """
                        Resources:
                          Flow:
                            Type: AWS::StepFunctions::StateMachine
                            Properties:
                              RoleArn: arn:aws:iam::123456789012:role/flow
                              Definition:
                                StartAt: Work
                                States:
                                  Work:@@
                                    Type: Pass
                                    End: true
                        """, "Work", "Work:", "Type: Pass", "Type: Pass\nComment: Says what the state is for"),
        CFN("cfn", "ResourceRule", "State machine '%s' has no StateMachineName", "State machine '{logicalId}' has no StateMachineName",
                "select: {cfn-resource: AWS::StepFunctions::StateMachine}\nrequire: {path: Properties/StateMachineName, present: true}\nreport-at: .\n",
                """
                        Resources:
                          Flow:@@
                            Type: AWS::StepFunctions::StateMachine
                            Properties:
                              RoleArn: arn:aws:iam::123456789012:role/flow
                              Definition:
                                StartAt: Work
                                States:
                                  Work:
                                    Type: Pass
                                    End: true
                        """, "Flow", "Flow:", "Properties:", "Properties:\n  StateMachineName: flow"),
        IAM("iam", "PolicyStatementRule", "Policy statement of '%s' has no Sid", "Policy statement of '{logicalId}' has no Sid",
                "select: {iam-statement: any}\nrequire: {path: Sid, present: true}\nreport-at: Effect\n",
                """
                        Resources:
                          FlowRole:
                            Type: AWS::IAM::Role
                            Properties:
                              AssumeRolePolicyDocument:
                                Version: "2012-10-17"
                                Statement:
                                  - Sid: StepFunctionsAssumesIt
                                    Effect: Allow
                                    Principal: {Service: states.amazonaws.com}
                                    Action: sts:AssumeRole
                              Policies:
                                - PolicyName: work
                                  PolicyDocument:
                                    Version: "2012-10-17"
                                    Statement:
                                      - Effect: Allow@@
                                        Action: sqs:SendMessage
                                        Resource: arn:aws:sqs:us-east-1:123456789012:work
                        """, "FlowRole", "Effect: Allow", "- Effect: Allow", "- Sid: SendWork\n  Effect: Allow");

        final String folder;
        final String visitor;
        final String javaMessage;
        final String yamlMessage;
        final String yamlCheck;
        final String bad;
        final String subject;
        final String reportedText;
        /** Where the good fixture differs from the bad one, and with what: its lines after the first keep the indentation of fixFrom's line. */
        final String fixFrom;
        final String fixTo;

        Area(String folder, String visitor, String javaMessage, String yamlMessage, String yamlCheck, String bad, String subject,
                String reportedText, String fixFrom, String fixTo) {
            this.folder = folder;
            this.visitor = visitor;
            this.javaMessage = javaMessage;
            this.yamlMessage = yamlMessage;
            this.yamlCheck = yamlCheck;
            this.bad = bad;
            this.subject = subject;
            this.reportedText = reportedText;
            this.fixFrom = fixFrom;
            this.fixTo = fixTo;
        }

        /** The imports a Java rule of the area needs beyond RuleContext, RuleMeta and Severity, one a line. */
        String javaImports() {
            return switch (this) {
                case ASL -> "import io.stacklint.model.asl.State;\nimport io.stacklint.model.asl.StateMachine;\nimport io.stacklint.rules.api.StateRule;\n"
                        + "import java.util.Set;\n";
                case CFN -> "import io.stacklint.model.cfn.Resource;\nimport io.stacklint.rules.api.ResourceRule;\nimport java.util.Set;\n";
                case IAM -> "import io.stacklint.model.iam.PolicyStatement;\nimport io.stacklint.rules.api.PolicyStatementRule;\n";
            };
        }

        /** What the rule subscribes to, as a method (none for a policy statement rule: it sees every statement). */
        String javaVisits() {
            return switch (this) {
                case ASL -> "\n    @Override\n    public Set<String> stateTypes() {\n        return Set.of(\"Pass\");\n    }\n";
                case CFN -> "\n    @Override\n    public Set<String> resourceTypes() {\n        return Set.of(\"AWS::StepFunctions::StateMachine\");\n    }\n";
                case IAM -> "";
            };
        }

        /** The check method up to its closing brace, with %s for the message. */
        String javaCheck() {
            String todo = "        // " + TODO + ": the real check. Report the node the finding is about, never coordinates.\n";
            return switch (this) {
                case ASL -> "    public void check(State state, StateMachine machine, RuleContext context) {\n" + todo
                        + "        if (!state.has(\"Comment\")) {\n            context.report(state.key(), \"%s\", state.name());\n        }\n";
                case CFN -> "    public void check(Resource resource, RuleContext context) {\n" + todo
                        + "        if (resource.property(\"StateMachineName\") == null) {\n            context.report(resource.key(), \"%s\", resource.logicalId());\n        }\n";
                case IAM -> "    public void check(PolicyStatement statement, RuleContext context) {\n" + todo
                        + "        if (statement.node().get(\"Sid\") == null && statement.node().entry(\"Effect\") != null) {\n"
                        + "            context.report(statement.node().entry(\"Effect\").key(), \"%s\", statement.owner().logicalId());\n        }\n";
            };
        }

        static Area of(String id) {
            Matcher m = ID.matcher(id);
            m.matches();
            for (Area area : values()) {
                if (area.name().equals(m.group(1))) {
                    return area;
                }
            }
            throw new IllegalArgumentException("built-in rule ids start with ASL, CFN or IAM (PARSE rules come from the parser: write those by hand)");
        }

        String message() {
            return javaMessage.formatted(subject);
        }

        /** The bad fixture's text with its marker ({@code @@} marks where it goes). */
        String badFixture(String id) {
            return "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: " + TODO + " what the bad fixture shows.\n\n"
                    + bad.replace("@@", "  # expect: " + column() + " " + id + " \"" + message() + "\"");
        }

        /** The bad fixture with the fix: {@link #fixTo}'s lines at the indentation of the line {@link #fixFrom} is on. */
        String goodFixture() {
            String text = bad.replace("@@", "");
            int at = text.indexOf(fixFrom);
            String indent = text.substring(text.lastIndexOf('\n', at) + 1, at).replace("-", " ").replaceAll("\\S.*", "");
            return "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: " + TODO + " what the good fixture shows.\n\n"
                    + text.substring(0, at) + fixTo.replace("\n", "\n" + indent) + text.substring(at + fixFrom.length());
        }

        /** The finding's line in the help page's example, which is {@link #bad} without the two header lines. */
        int line() {
            List<String> lines = bad.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("@@")) {
                    return i + 1;
                }
            }
            throw new IllegalStateException("no marker in the " + this + " fixture");
        }

        int column() {
            String marked = bad.lines().filter(l -> l.contains("@@")).findFirst().orElseThrow();
            return marked.indexOf(reportedText) + 1;
        }
    }

    private static List<String> clashes(Path root, Request request) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(root.resolve(BUILTIN)) || !Files.isRegularFile(root.resolve("rules/index.txt"))) {
            out.add(root + " is not the stacklint repository: run bin/new-rule from its top directory");
            return out;
        }
        Map<String, String> used = usedIdsAndNames(root);
        if (used.containsKey(request.id())) {
            out.add("the id " + request.id() + " is already used by " + used.get(request.id()));
        }
        if (used.containsKey(request.name())) {
            out.add("the name " + request.name() + " is already used by " + used.get(request.name()));
        }
        for (Path p : List.of(root.resolve("testdata/rules").resolve(request.id()), root.resolve(DOCS).resolve(request.id() + ".md"))) {
            if (Files.exists(p)) {
                out.add(root.relativize(p) + " already exists");
            }
        }
        return out;
    }

    /** Every id and name of the rules in the repository, with the file that declares it. */
    private static Map<String, String> usedIdsAndNames(Path root) throws IOException {
        Map<String, String> used = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve(BUILTIN))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = META_ID.matcher(Files.readString(f));
                while (m.find()) {
                    used.put(m.group(1), root.relativize(f).toString());
                    used.put(m.group(2), root.relativize(f).toString());
                }
            }
        }
        try (Stream<Path> files = Files.walk(root.resolve("rules"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("id: ") || line.startsWith("name: ")) {
                        used.put(line.substring(line.indexOf(' ') + 1).strip(), root.relativize(f).toString());
                    }
                }
            }
        }
        return used;
    }

    /** The newest {@code since} any rule declares: a new rule comes with the release being prepared. */
    static String since(Path root) throws IOException {
        int[] best = {0, 1, 0};
        try (Stream<Path> files = Stream.concat(Files.walk(root.resolve(BUILTIN)), Files.walk(root.resolve("rules")))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f);
                Matcher m = SINCE.matcher(text);
                while (m.find()) {
                    int[] v = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
                    if (java.util.Arrays.compare(v, best) > 0) {
                        best = v;
                    }
                }
            }
        }
        return best[0] + "." + best[1] + "." + best[2];
    }

    private static List<Path> java(Path root, Request r, Area area, String since) throws IOException {
        String cls = r.className();
        Path source = root.resolve(BUILTIN).resolve(area.folder).resolve(cls + ".java");
        if (Files.exists(source)) {
            throw new IllegalArgumentException(root.relativize(source) + " already exists");
        }
        String severity = r.severity().toUpperCase(Locale.ROOT);
        String meta = "    public static final RuleMeta META = RuleMeta.of(\"" + r.id() + "\", \"" + r.name() + "\",\n            \""
                + r.title().replace("\"", "\\\"") + "\", Severity." + severity + ", \"" + since + "\", \"" + area.folder + "\");\n";
        String text = "package io.stacklint.rules.builtin." + area.folder + ";\n\n" + JAVA_RULE.formatted(TODO, cls, meta, imports(area),
                area.visitor, area.javaVisits(), area.javaCheck().formatted(area.javaMessage));
        List<Path> written = new ArrayList<>();
        written.add(write(source, text));
        written.addAll(pageAndFixtures(root, r, area));
        written.add(register(root.resolve(BUILTIN).resolve("BuiltinRules.java"), r.id(), area.folder, cls, root));
        return written;
    }

    /** The area's imports and the ones every rule needs, sorted as the code base writes them: java.* last. */
    private static String imports(Area area) {
        List<String> lines = new ArrayList<>(area.javaImports().lines().toList());
        lines.addAll(List.of("import io.stacklint.rules.api.RuleContext;", "import io.stacklint.rules.api.RuleMeta;", "import io.stacklint.rules.api.Severity;"));
        lines.sort(java.util.Comparator.comparing((String l) -> l.startsWith("import java.")).thenComparing(l -> l));
        return String.join("\n", lines) + "\n";
    }

    private static List<Path> yaml(Path root, Request r, Area area, String since) throws IOException {
        String file = area.folder + "/" + r.id() + "-" + r.name() + ".yaml";
        Path rule = root.resolve("rules").resolve(file);
        if (Files.exists(rule)) {
            throw new IllegalArgumentException(root.relativize(rule) + " already exists");
        }
        String text = "# " + TODO + ": the policy in one sentence. The format: rules/README.md.\n"
                + "id: " + r.id() + "\nname: " + r.name() + "\ntitle: \"" + r.title().replace("\"", "\\\"") + "\"\nseverity: " + r.severity()
                + "\ntags: [" + area.folder + "]\nsince: " + since + "\n" + area.yamlCheck + "message: \"" + area.yamlMessage + "\"\n";
        List<Path> written = new ArrayList<>();
        written.add(write(rule, text));
        written.addAll(pageAndFixtures(root, r, area));
        Path index = root.resolve("rules/index.txt");
        List<String> lines = new ArrayList<>(Files.readAllLines(index));
        int at = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("#") && !lines.get(i).isBlank() && lines.get(i).compareTo(file) > 0) {
                at = i;
                break;
            }
        }
        lines.add(at, file);
        Files.write(index, lines);
        written.add(index);
        return written;
    }

    private static List<Path> pageAndFixtures(Path root, Request r, Area area) throws IOException {
        Path fixtures = root.resolve("testdata/rules").resolve(r.id());
        String example = area.bad.replace("@@", "");
        String page = """
                ## What it flags

                %1$s What the rule flags, at which depth, and where the finding points (the scaffold's check, a Pass
                state without a Comment or the like, is only there to start from green: replace it).

                ## Why it matters

                %1$s What AWS does with it: the deploy-time rejection or the run-time behaviour, from AWS documentation
                (a finding is a promise; an error needs its source under References).

                ## Example

                ```yaml
                %2$s```

                ```text
                template.yaml:%3$d:%4$d: %5$s: %6$s [%7$s]
                ```

                ## Use instead

                %1$s What to write instead, as a fragment of the example.

                ## Options

                Reports a **%5$s**. `--severity %7$s=LEVEL` on the command line, or a `severity:` entry in
                `.stacklint.yaml`, sets the level (`error`, `warning` or `note`); `off` disables the rule.
                `Metadata: {stacklint: {ignore: [%7$s]}}` on a resource silences it there, and in the template's top-level
                `Metadata` for the whole template.

                ## References

                - %1$s [the AWS page that says so](https://docs.aws.amazon.com/) (what it says)
                """.formatted(TODO, example, area.line(), area.column(), r.severity(), area.message(), r.id());
        return List.of(write(root.resolve(DOCS).resolve(r.id() + ".md"), page),
                write(fixtures.resolve("bad.yaml"), area.badFixture(r.id())),
                write(fixtures.resolve("good.yaml"), area.goodFixture()));
    }

    /** Adds the import and the {@code new Rule()} line to BuiltinRules, the line in id order among the Java rules. */
    static Path register(Path builtinRules, String id, String folder, String cls, Path root) throws IOException {
        String text = Files.readString(builtinRules);
        String importLine = "import io.stacklint.rules.builtin." + folder + "." + cls + ";\n";
        // Before the first import of a built-in rule that sorts after it (or after the last one).
        Matcher imports = Pattern.compile("(?m)^import io\\.stacklint\\.rules\\.builtin\\.[a-z]+\\.[A-Za-z0-9]+;\\n").matcher(text);
        int importAt = -1;
        while (imports.find()) {
            if (imports.group().compareTo(importLine) > 0) {
                importAt = imports.start();
                break;
            }
            importAt = imports.end();
        }
        text = text.substring(0, importAt) + importLine + text.substring(importAt);
        Matcher line = Pattern.compile("(?m)^(\\s+)new ([A-Za-z0-9]+)\\(\\)([,)])").matcher(text);
        Map<String, String> ids = classIds(root);
        Integer at = null;
        String indent = "                ";
        int lastEnd = -1;
        while (line.find()) {
            indent = line.group(1).replace("\n", "");
            String other = ids.get(line.group(2));
            if (at == null && other != null && other.compareTo(id) > 0) {
                at = line.start();
            }
            lastEnd = line.end();
        }
        if (at != null) {
            text = text.substring(0, at) + indent + "new " + cls + "(),\n" + text.substring(at);
        } else {
            // After the last line, which ends the list with ')'.
            text = text.substring(0, lastEnd - 1) + ",\n" + indent + "new " + cls + "())" + text.substring(lastEnd);
        }
        Files.writeString(builtinRules, text, StandardCharsets.UTF_8);
        return builtinRules;
    }

    /** The id each rule class declares, by simple class name. */
    private static Map<String, String> classIds(Path root) throws IOException {
        Map<String, String> ids = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(root.resolve(BUILTIN))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = META_ID.matcher(Files.readString(f));
                if (m.find()) {
                    String name = f.getFileName().toString();
                    ids.put(name.substring(0, name.length() - 5), m.group(1));
                }
            }
        }
        return ids;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
