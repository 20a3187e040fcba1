package org.selving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;

/** Every page text exists in French too, with the same placeholders as the English one. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyEnglishTextHasAFrenchOneWithTheSamePlaceholders() throws IOException {
        assertTranslated(Messages.class, "/messages/msg_fr.properties");
    }

    @Test
    void everyReportTextHasAFrenchOneWithTheSamePlaceholders() throws IOException {
        assertTranslated(org.selving.report.ReportMessages.class, "/messages/report_fr.properties");
    }

    @Test
    void everyConsoleTextHasAFrenchOneWithTheSamePlaceholders() throws IOException {
        assertTranslated(ConsoleMessages.class, "/messages/console_fr.properties");
    }

    @Test
    void everyAccountTextHasAFrenchOneWithTheSamePlaceholders() throws IOException {
        assertTranslated(org.selving.security.AccountMessages.class, "/messages/account_fr.properties");
    }

    @Test
    void everyWithinAndWithoutTextHasAFrenchOneWithTheSamePlaceholders() throws IOException {
        assertTranslated(MirrorMessages.class, "/messages/mirror_fr.properties");
    }

    private static void assertTranslated(Class<?> bundle, String frenchFile) throws IOException {
        Properties french = new Properties();
        try (Reader reader = new InputStreamReader(
                MessagesTest.class.getResourceAsStream(frenchFile), StandardCharsets.UTF_8)) {
            french.load(reader);
        }
        TreeMap<String, Set<String>> english = new TreeMap<>();
        for (Method method : bundle.getDeclaredMethods()) {
            english.put(method.getName(), placeholders(method.getAnnotation(Message.class).value()));
        }
        TreeMap<String, Set<String>> translated = new TreeMap<>();
        french.stringPropertyNames().forEach(key -> translated.put(key, placeholders(french.getProperty(key))));
        assertEquals(english, translated);
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
