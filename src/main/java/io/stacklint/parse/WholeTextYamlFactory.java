package io.stacklint.parse;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.parser.ParserImpl;

/** Jackson's YAML parser, reading a text in memory through {@link WholeTextReader} (linear in any token's length). */
final class WholeTextYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    WholeTextYamlFactory(LoaderOptions options, StreamReadConstraints constraints) {
        super(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints));
    }

    YAMLParser parser(String text) {
        IOContext context = _createContext(_createContentReference(text), true);
        ParserImpl events = new ParserImpl(new WholeTextReader(text), _loaderOptions);
        return new Parser(context, _parserFeatures, _yamlParserFeatures, _objectCodec, events);
    }

    /** Exists only to reach the constructor that takes SnakeYAML's parser ready-made. */
    private static final class Parser extends YAMLParser {
        Parser(IOContext context, int features, int yamlFeatures, com.fasterxml.jackson.core.ObjectCodec codec, ParserImpl events) {
            super(context, features, yamlFeatures, codec, new StringReader(""), events);
        }
    }
}
