package org.selving.instrument;

/**
 * Reads one questionnaire file (the YAML format of {@code surveys/README.md}) into a validated
 * {@link Instrument}. Every problem is reported with the file name, the field path and what is
 * wrong; problems in the content are all collected, so one run shows everything to fix.
 */
public final class InstrumentParser {

    /**
     * @param fileName how the file is named in error messages, e.g. {@code surveys/selving.yaml}
     * @throws InstrumentDefinitionException when the file is not a valid questionnaire
     */
    public Instrument parse(String fileName, byte[] content) {
        return new InstrumentValidation(fileName).instrument(InstrumentYaml.read(fileName, content));
    }
}
