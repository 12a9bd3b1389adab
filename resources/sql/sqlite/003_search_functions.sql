-- hocbaso schema 3 (SQLite): the 6.3 name rule (hocbaso_words_match) is registered by the program
-- on each connection; nothing changes in the file. The step keeps both dialects' versions equal.
SELECT 1;
