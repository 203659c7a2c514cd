package io.stacklint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stacklint.rules.api.Finding;
import java.io.IOException;
import java.io.Writer;

/** The findings as a JSON array, one object per finding with the fields of the text line. */
public final class JsonReporter implements Reporter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintReport report, Writer out) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        for (Finding finding : report.activeFindings()) {
            ObjectNode item = array.addObject();
            item.put("file", finding.file());
            item.put("line", finding.start().line());
            item.put("column", finding.start().column());
            item.put("endLine", finding.end().line());
            item.put("endColumn", finding.end().column());
            item.put("severity", finding.severity().label());
            item.put("message", finding.message());
            item.put("ruleId", finding.rule().id());
            item.put("ruleName", finding.rule().name());
            item.put("path", finding.path().toString());
        }
        MAPPER.writeValue(new NonClosingWriter(out), array);
        out.write('\n');
        out.flush();
    }
}
