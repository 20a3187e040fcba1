-- The responses of a closed assessment packed into blocks, for reports: reading a million responses
-- then means reading a few dozen rows instead of a million. Derived data only: written from the
-- response rows on the first report after closing (see ResponseStore.scanClosed), rewritten when
-- their count no longer matches, and safe to delete at any time.
CREATE TABLE response_block (
    assessment_id  BIGINT  NOT NULL REFERENCES assessment (id),
    block_no       INT     NOT NULL,
    responses      INT     NOT NULL,
    unit_ids       BYTEA   NOT NULL,   -- 8 bytes per response, big-endian
    segments       BYTEA   NOT NULL,   -- 1 byte per response, 0 = not given
    answers        BYTEA   NOT NULL,   -- the packed answers of each response, one after the other
    PRIMARY KEY (assessment_id, block_no)
);

-- The unit tree a closed assessment's reports are computed on, as it was at its first report. Units
-- may later be moved or renamed; if reports followed, the same people would be cut into different
-- groups before and after, and comparing the two could single out a small group (Operations before
-- and after Maintenance moved out is Maintenance).
CREATE TABLE report_unit (
    assessment_id  BIGINT        NOT NULL REFERENCES assessment (id),
    unit_id        BIGINT        NOT NULL,
    parent_id      BIGINT,
    name           VARCHAR(200)  NOT NULL,
    position       INT           NOT NULL,
    PRIMARY KEY (assessment_id, unit_id)
);
