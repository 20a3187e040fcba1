-- Comment ids are drawn at random by the application (org.selving.response.ResponseStore): ids counting
-- up in arrival order, as the responses' do, would line each comment up with the response it came with.
-- The column stops generating them, so nothing can insert a comment with a telling id by default.
ALTER TABLE response_comment ALTER COLUMN id DROP IDENTITY;
