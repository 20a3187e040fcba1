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

    /**
     * Reads a stored definition with the hash it was stored under, which the caller has checked
     * against the text ({@link InstrumentVersions}); the hash is not computed again here.
     */
    static Instrument fromJson(String json, String contentHash) {
        try {
            return withContentHash(MAPPER.readValue(json, Instrument.class), contentHash);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of an instrument: " + e.getOriginalMessage(), e);
        }
    }

    static Instrument withContentHash(Instrument instrument) {
        return withContentHash(instrument, contentHash(toJson(instrument)));
    }

    private static Instrument withContentHash(Instrument instrument, String contentHash) {
        return new Instrument(instrument.key(), contentHash, instrument.title(), instrument.description(),
                instrument.languages(), instrument.scales(), instrument.dimensions(), instrument.outcomes(),
                instrument.comments(), instrument.mirrors());
    }

    /** The content hash of a canonical JSON text. */
    static String contentHash(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
