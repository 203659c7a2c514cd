package io.stacklint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stacklint.testing.Cli;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The formats CI servers read: JUnit XML, GitHub workflow commands, GitLab Code Quality. */
class CiFormatsTest {
    private static final String EXAMPLE = "testdata/examples/order-workflow.yaml";
    private static final String CLEAN = """
            Resources:
              Topic: {Type: AWS::SNS::Topic}
            """;

    @TempDir
    Path dir;

    @Test
    void junitIsValidAgainstJenkinsSchemaWithATestCasePerRuleAndFile() throws Exception {
        Path clean = dir.resolve("clean.yaml");
        Files.writeString(clean, CLEAN);
        Cli.Result result = Cli.run("--format", "junit", EXAMPLE, clean.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        try (var xsd = getClass().getResourceAsStream("/schema/junit/junit-10.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(new StringReader(result.out())));
        }
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(result.out())));
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element example = (Element) suites.item(0);
        assertThat(example.getAttribute("name")).isEqualTo(EXAMPLE);
        List<String> cases = new ArrayList<>();
        NodeList testcases = example.getElementsByTagName("testcase");
        for (int i = 0; i < testcases.getLength(); i++) {
            cases.add(((Element) testcases.item(i)).getAttribute("name"));
        }
        assertThat(cases).contains("ASL001 task-without-timeout", "CFN003 unresolved-reference").doesNotHaveDuplicates();
        assertThat(example.getAttribute("tests")).isEqualTo(String.valueOf(cases.size())).isEqualTo(example.getAttribute("failures"));
        Element asl001 = (Element) xml.getElementsByTagName("testcase").item(cases.indexOf("ASL001 task-without-timeout"));
        Element failure = (Element) asl001.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent()).contains(EXAMPLE + ":72:11: warning: Task 'ChargeCard' has no TimeoutSeconds", EXAMPLE + ":84:11: error: ");
        Element cleanSuite = (Element) suites.item(1);
        assertThat(cleanSuite.getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) cleanSuite.getElementsByTagName("testcase").item(0)).getAttribute("name")).isEqualTo("no findings");
        Element root = xml.getDocumentElement();
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.size() + 1);
    }

    @Test
    void githubWorkflowCommandsCarryPositionsAndEscapeAsTheToolkitDoes() throws Exception {
        Cli.Result example = Cli.run("--format", "github", EXAMPLE);
        assertThat(example.out()).contains("::error file=" + EXAMPLE + ",line=84,col=11,endLine=84,endColumn=27,title=ASL001 task-without-timeout::"
                + "Task 'WaitForWarehouse' has no TimeoutSeconds and waits for a task token that may never be sent%3A".replace("%3A", ":"));
        assertThat(example.out()).contains("::warning file=", "::notice file=");
        assertThat(example.out().lines().filter(l -> !l.startsWith("::"))).singleElement().asString().endsWith("in 1 file.");

        Files.writeString(dir.resolve("a,b:c.json"), "{\"StartAt\": \"Pay 100%\\nnow\", \"States\": {\"Pay 100%\\nnow\": "
                + "{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::sns:publish\", \"End\": true}}}\n");
        Cli.Result odd = Cli.run(dir, "--format", "github", "a,b:c.json");
        assertThat(odd.out().lines().findFirst().orElseThrow())
                .startsWith("::warning file=a%2Cb%3Ac.json,line=1,col=")
                .contains(",title=ASL001 task-without-timeout::Task 'Pay 100%25%0Anow' has no TimeoutSeconds");
    }

    @Test
    void gitlabCodeQualityFingerprintsSurviveLinesAddedAbove() throws Exception {
        Path template = dir.resolve("stack.yaml");
        String text = Files.readString(Path.of(EXAMPLE));
        Files.writeString(template, text);
        JsonNode before = new ObjectMapper().readTree(Cli.run(dir, "--format", "gitlab", "stack.yaml").out());
        Files.writeString(template, "# a comment\n# and another\n" + text);
        JsonNode after = new ObjectMapper().readTree(Cli.run(dir, "--format", "gitlab", "stack.yaml").out());
        assertThat(before.size()).isEqualTo(after.size()).isGreaterThan(5);
        List<String> fingerprints = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            JsonNode issue = before.get(i);
            assertThat(issue.path("fingerprint").asText()).isEqualTo(after.get(i).path("fingerprint").asText());
            assertThat(after.get(i).at("/location/lines/begin").asInt()).isEqualTo(issue.at("/location/lines/begin").asInt() + 2);
            assertThat(issue.path("location").path("path").asText()).isEqualTo("stack.yaml");
            assertThat(issue.path("severity").asText()).isIn("info", "minor", "major");
            assertThat(issue.path("check_name").asText()).matches("[A-Z]+\\d{3}");
            assertThat(issue.path("description").asText()).isNotBlank();
            fingerprints.add(issue.path("fingerprint").asText());
        }
        assertThat(fingerprints).doesNotHaveDuplicates();
    }
}
