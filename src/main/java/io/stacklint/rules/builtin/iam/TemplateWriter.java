package io.stacklint.rules.builtin.iam;

import io.stacklint.model.Memo;
import io.stacklint.model.SourceModel;
import io.stacklint.model.cfn.Intrinsic;

/** The writer of the template's intrinsics, made once per file: IAM021 and IAM025 both write statements to suggest. */
final class TemplateWriter {
    private static final Memo<Intrinsic.Writer> WRITER = Memo.named("intrinsic writer of the template");

    private TemplateWriter() {
    }

    static Intrinsic.Writer of(SourceModel model) {
        return WRITER.in(model, () -> new Intrinsic.Writer(model.template()));
    }
}
