-- One row that instances starting on the same database lock in turn while they do their start-up work
-- (org.selving.operations.DatabaseSchema): the first administrator and the sample organization are
-- created once, by the first, and the others find them. Portable SQL: H2 and PostgreSQL.
CREATE TABLE startup_lock (
    id  INT  PRIMARY KEY
);
INSERT INTO startup_lock (id) VALUES (1);
