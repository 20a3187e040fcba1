package org.selving.instrument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The canonical JSON form of an instrument, as stored in {@code instrument_version.definition},
 * and its content hash. Canonical: compact, every object's keys sorted, so the same content always
 * gives the same bytes whatever the layout of the YAML file it came from. The hash is the SHA-256
 * (hex) of those UTF-8 bytes; it identifies the content, so it is not part of it.
 */
public final class InstrumentJson {

    /**
     * A mapper of its own rather than the application's: tuning how the REST API writes JSON must
     * never change the canonical form, or every stored hash would stop matching.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };
    private static final String HASH_FIELD = "contentHash";

    private InstrumentJson() {
    }

    public static String toJson(Instrument instrument) {
        // Through plain maps, so that every level is sorted by ORDER_MAP_ENTRIES_BY_KEYS
        // whatever order the records declare their components in.
        Map<String, Object> tree = MAPPER.convertValue(instrument, TREE);
        tree.remove(HASH_FIELD);
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("instrument " + instrument.key() + " cannot be written as JSON", e);
        }
    }

    /** Reads a stored definition; its content hash is computed again from the content. */
    public static Instrument fromJson(String json) {
        try {
            return withContentHash(MAPPER.readValue(json, Instrument.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of an instrument: " + e.getOriginalMessage(), e);
        }
    }

    static Instrument withContentHash(Instrument instrument) {
        return new Instrument(instrument.key(), sha256(toJson(instrument)), instrument.title(),
                instrument.description(), instrument.languages(), instrument.scales(), instrument.dimensions(),
                instrument.outcomes(), instrument.comments());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
