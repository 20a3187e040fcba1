package org.selving.stats;

import java.util.function.Function;

/**
 * A statistic that is either computed or not computable, with the reason. This is the single
 * shape the package uses for everything the data might not support: values inside a
 * {@link Computed} are always finite, so nothing NaN or infinite can reach a JSON writer.
 */
public sealed interface Result<T> permits Result.Computed, Result.NotComputable {

    record Computed<T>(T value) implements Result<T> {
        public Computed {
            if (value == null) {
                throw new IllegalArgumentException("a computed result needs a value");
            }
        }

        @Override
        public boolean isComputed() {
            return true;
        }

        @Override
        public T orElse(T fallback) {
            return value;
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
            return new Computed<>(mapper.apply(value));
        }

        @Override
        public <U> Result<U> flatMap(Function<? super T, Result<U>> mapper) {
            return mapper.apply(value);
        }
    }

    record NotComputable<T>(Reason reason, String detail) implements Result<T> {
        @Override
        public boolean isComputed() {
            return false;
        }

        @Override
        public T value() {
            throw new IllegalStateException("not computable (" + reason + "): " + detail);
        }

        @Override
        public T orElse(T fallback) {
            return fallback;
        }

        @Override
        public <U> Result<U> map(Function<? super T, ? extends U> mapper) {
            return new NotComputable<>(reason, detail);
        }

        @Override
        public <U> Result<U> flatMap(Function<? super T, Result<U>> mapper) {
            return new NotComputable<>(reason, detail);
        }
    }

    boolean isComputed();

    /** The value; throws {@link IllegalStateException} when not computable. */
    T value();

    T orElse(T fallback);

    <U> Result<U> map(Function<? super T, ? extends U> mapper);

    <U> Result<U> flatMap(Function<? super T, Result<U>> mapper);

    static <T> Result<T> of(T value) {
        return new Computed<>(value);
    }

    static <T> Result<T> notComputable(Reason reason, String detail) {
        return new NotComputable<>(reason, detail);
    }

    /** A number that is computed only if it is finite; otherwise not computable for the given reason. */
    static Result<Double> finite(double value, Reason reason, String detail) {
        return Double.isFinite(value) ? new Computed<>(value) : new NotComputable<>(reason, detail);
    }
}
