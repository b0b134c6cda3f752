-- One name per concept: a level's order is its rank, and a cell's place in its level's table its position, in SQL
-- as in Java.
ALTER TABLE levels RENAME COLUMN sort_order TO rank;
ALTER TABLE levels RENAME CONSTRAINT levels_sort_order_unique TO levels_rank_unique;
ALTER TABLE cells RENAME COLUMN row_position TO position;
