package io.stacklint.model.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.stacklint.model.SourceModels;
import io.stacklint.parse.TreeParser;
import io.stacklint.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrinsicTest {
    private static final Template TEMPLATE = SourceModels.of(TreeParser.parse(SourceFile.of("t.yaml", """
            Resources:
              Orders: {Type: AWS::DynamoDB::Table}
              Named: {Type: AWS::DynamoDB::Table, Properties: {TableName: audit}}
              Topic: {Type: AWS::SNS::Topic}
              Fn: {Type: AWS::Lambda::Function}
              Results: {Type: AWS::S3::Bucket}
              Child: {Type: AWS::StepFunctions::StateMachine}
            """))).template();
    private static final Intrinsic.Writer WRITER = new Intrinsic.Writer(TEMPLATE);

    private static String yaml(String symbolic) {
        return WRITER.write(symbolic).yaml();
    }

    @Test
    void theArnOfAResourceIsItsGetAttOrItsRef() {
        assertThat(yaml(TemplateValues.arnOf("Orders", TEMPLATE))).isEqualTo("!GetAtt Orders.Arn");
        assertThat(yaml(TemplateValues.arnOf("Named", TEMPLATE))).isEqualTo("!GetAtt Named.Arn");
        assertThat(yaml(TemplateValues.arnOf("Fn", TEMPLATE))).isEqualTo("!GetAtt Fn.Arn");
        // Ref of a topic and of a state machine returns the ARN.
        assertThat(yaml(TemplateValues.arnOf("Topic", TEMPLATE))).isEqualTo("!Ref Topic");
        assertThat(yaml(TemplateValues.arnOf("Child", TEMPLATE))).isEqualTo("!Ref Child");
    }

    @Test
    void aStringBuiltOnAResourceArnIsASubOfIt() {
        assertThat(yaml(TemplateValues.arnOf("Results", TEMPLATE) + "/*")).isEqualTo("!Sub \"${Results.Arn}/*\"");
        assertThat(yaml(TemplateValues.arnOf("Fn", TEMPLATE) + ":*")).isEqualTo("!Sub \"${Fn.Arn}:*\"");
        // A prefix that ends inside a name is not the resource's ARN.
        String named = TemplateValues.arnOf("Named", TEMPLATE);
        assertThat(yaml(named + "2")).isEqualTo("!Sub \"" + named + "2\"");
    }

    @Test
    void otherStringsStayWhatTheyAre() {
        assertThat(yaml("*")).isEqualTo("*");
        assertThat(yaml("arn:aws:s3:::inbox")).isEqualTo("arn:aws:s3:::inbox");
        assertThat(yaml("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*"))
                .isEqualTo("!Sub \"arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*\"");
    }

    @Test
    void jsonUsesTheLongForms() {
        assertThat(WRITER.write(TemplateValues.arnOf("Orders", TEMPLATE)).json()).isEqualTo(Map.of("Fn::GetAtt", List.of("Orders", "Arn")));
        assertThat(WRITER.write(TemplateValues.arnOf("Topic", TEMPLATE)).json()).isEqualTo(Map.of("Ref", "Topic"));
        assertThat(WRITER.write("${Results.Arn}/x").json()).isEqualTo(Map.of("Fn::Sub", "${Results.Arn}/x"));
        assertThat(WRITER.write("*").json()).isEqualTo("*");
    }
}
