package org.selving.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reference files from the test classpath (never from outside the project). */
final class Resources {

    private Resources() {
    }

    /** The CSV's data rows split into fields (empty field = missing), after checking its header. */
    static List<String[]> csv(String name, String expectedHeader) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!expectedHeader.equals(header)) {
                throw new IllegalStateException(name + ": unexpected header " + header);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String name) {
        try (InputStream in = open(name)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV field as an answer: NaN when empty. */
    static double answer(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    private static InputStream open(String name) {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return in;
    }
}
