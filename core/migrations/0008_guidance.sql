-- "My breastfeeding plan": her answers to the decision aid and what the app said, as it
-- said it then (the advice is stored whole, so the card she shows staff does not change
-- under her if the guidance is later updated). One plan at a time.
CREATE TABLE breastfeeding_plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    answers TEXT NOT NULL,
    advice TEXT NOT NULL,
    content_version INTEGER NOT NULL,
    made_at INTEGER NOT NULL
);
