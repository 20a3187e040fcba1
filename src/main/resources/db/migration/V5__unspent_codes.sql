-- A code is spent by deleting its row here, no longer by inserting a row into spent_code. An inserted
-- row is visible to SQL for good, and on PostgreSQL it carries the number of the transaction that also
-- stored the response (xmin), and sits in arrival order: whoever knew who held which code (the person
-- who handed out printed codes, and now the participant lists of e-mail invitations) could join a
-- name to the answers. A deleted row is not visible to SQL at all; what remains of it below SQL, and
-- until when, is in the README ("What PostgreSQL itself records about answers"). Counting still works:
-- a code is used when it is issued (access_code) and no longer unspent.
CREATE TABLE unspent_code (
    access_code_id  BIGINT PRIMARY KEY REFERENCES access_code (id)
);
INSERT INTO unspent_code (access_code_id)
    SELECT c.id FROM access_code c WHERE NOT EXISTS (SELECT 1 FROM spent_code s WHERE s.access_code_id = c.id);
DROP TABLE spent_code;
