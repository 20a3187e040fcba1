package org.selving.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.selving.web.FieldError;

/** Line numbers must point where a person editing the file will look, even after multi-line comments. */
class CsvAnswerFileTest {

    private static CsvAnswerFile read(String csv) {
        CsvAnswerFile file = new CsvAnswerFile(List.of("q1", "q2"), Set.of("note"), false);
        file.read(csv.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void rowsKeepTheLineTheyStartOn() {
        CsvAnswerFile file = read("unit,q1,q2,note\r\nA,1,,\"two\r\nlines\"\r\n\r\nB,,5,\r\n");
        assertEquals(List.of(), file.errors());
        assertEquals(List.of(2, 5), file.rows().stream().map(CsvAnswerFile.Row::line).toList());
        assertEquals(Map.of("q1", 1), file.rows().get(0).answers());
        assertEquals("two\r\nlines", file.rows().get(0).comments().get("note"));
    }

    @Test
    void problemsNameTheirLineAndColumn() {
        CsvAnswerFile file = read("unit,q1,q2,note\nA,1,x,\"a\nb\"\n,2,2,\nC,1\n");
        assertEquals(List.of(new FieldError("q2", "'x' is not a whole number", 2),
                new FieldError("unit", "empty", 4),
                new FieldError("row", "has 2 fields, the header has 4", 5)), file.errors());
    }

    @Test
    void anUnclosedQuoteStopsReadingWhereItIs() {
        CsvAnswerFile file = read("unit,q1,q2,note\nA,1,2,ok\nB,1,2,\"bad \"quote\nC,1,2,\n");
        assertEquals(1, file.errors().size());
        assertEquals(3, file.errors().get(0).line());
    }
}
