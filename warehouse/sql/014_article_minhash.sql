-- 014 (issue 6): each article's MinHash signature (spiders/parse/related.py: 64 unsigned
-- 32-bit values over its word 5-grams), so a later run finds near-duplicates of stored
-- articles (the same agency text in another outlet) without reading every stored text.
-- NULL for articles loaded before this migration: they are not matched until loaded again.
ALTER TABLE articles ADD COLUMN minhash UINTEGER[];
