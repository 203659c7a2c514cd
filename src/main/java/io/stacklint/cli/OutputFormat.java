package io.stacklint.cli;

import io.stacklint.report.GithubReporter;
import io.stacklint.report.GitlabReporter;
import io.stacklint.report.JsonReporter;
import io.stacklint.report.JunitReporter;
import io.stacklint.report.Reporter;
import io.stacklint.report.SarifReporter;
import io.stacklint.report.TextReporter;

/** The report formats of {@code --format}. */
enum OutputFormat {
    text, json, sarif, junit, github, gitlab;

    Reporter reporter() {
        return switch (this) {
            case text -> new TextReporter();
            case json -> new JsonReporter();
            case sarif -> new SarifReporter();
            case junit -> new JunitReporter();
            case github -> new GithubReporter();
            case gitlab -> new GitlabReporter();
        };
    }
}
