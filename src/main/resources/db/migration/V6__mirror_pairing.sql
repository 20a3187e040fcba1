-- "As within, so without": an assessment of a mirror questionnaire (answered by outsiders: customers,
-- members, partners, suppliers) is paired with an internal assessment of the same organization, whose
-- report then sets how staff see themselves against how outsiders see them. The pairing is a setting
-- of the mirror assessment; an internal assessment has at most one mirror. Portable SQL: H2 and PostgreSQL
-- (both let a UNIQUE column hold many NULLs).
ALTER TABLE assessment ADD COLUMN paired_assessment_id BIGINT;
ALTER TABLE assessment ADD CONSTRAINT fk_assessment_paired FOREIGN KEY (paired_assessment_id) REFERENCES assessment (id);
ALTER TABLE assessment ADD CONSTRAINT uq_assessment_paired UNIQUE (paired_assessment_id);
