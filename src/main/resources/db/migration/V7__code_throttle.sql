-- The access-code throttle (org.selving.security.CodeThrottle), in the database so that every instance on
-- it counts a client's unusable codes together. Portable SQL: H2 and PostgreSQL.

-- The keys clients are hashed under: one per period (selving.code-throttle.key-lifetime), drawn at random
-- by the first instance that needs it, deleted with the state hashed under it once the period is over.
-- Without the key, a hash cannot be matched against an address; once it is deleted, nobody can.
CREATE TABLE code_throttle_key (
    period   BIGINT  PRIMARY KEY,   -- epoch milliseconds / key lifetime
    secret   BYTEA   NOT NULL       -- 32 random bytes
);

-- What a client has left: never its address, only a keyed hash of it (of its /64 network for IPv6).
-- A row exists only while the client has not got all its attempts back; then it is deleted.
CREATE TABLE code_throttle (
    client     BYTEA             NOT NULL PRIMARY KEY,   -- HMAC-SHA256 (first 16 bytes) of the client's network
    tokens     DOUBLE PRECISION  NOT NULL,               -- attempts left at updated_ms
    updated_ms BIGINT            NOT NULL                -- epoch milliseconds of the last unusable code
);
