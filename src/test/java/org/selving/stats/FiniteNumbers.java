package org.selving.stats;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Walks a result (records, lists, {@link Result}s) and fails on any NaN or infinite number and on
 * any "not computable" without a reason: what a JSON writer would be handed.
 */
final class FiniteNumbers {

    private FiniteNumbers() {
    }

    static void assertAllFinite(Object value) {
        walk(value, "result");
    }

    private static void walk(Object value, String path) {
        assertNotNull(value, path + " is null");
        if (value instanceof Double d) {
            assertTrue(Double.isFinite(d), path + " = " + d);
        } else if (value instanceof Result.NotComputable<?> failed) {
            assertNotNull(failed.reason(), path + " has no reason");
            assertFalse(failed.detail().isBlank(), path + " has no detail");
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]");
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(value), path + "." + component.getName());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
