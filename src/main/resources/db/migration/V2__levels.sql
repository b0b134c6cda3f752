-- The five levels of every skill, from Junior to Principal; their slugs are part of the URLs.
INSERT INTO levels (name, slug, sort_order) VALUES ('Junior', 'junior', 1);
INSERT INTO levels (name, slug, sort_order) VALUES ('Middle', 'middle', 2);
INSERT INTO levels (name, slug, sort_order) VALUES ('Senior', 'senior', 3);
INSERT INTO levels (name, slug, sort_order) VALUES ('Lead', 'lead', 4);
INSERT INTO levels (name, slug, sort_order) VALUES ('Principal', 'principal', 5);
