-- The rich menus the service created on LINE (issue 18): one per kind (guest, resident, disaster). The fingerprint is
-- a hash of the menu's definition and image, so a start-up reuses the menu while nothing changed and creates a new
-- one when the design (or the font that drew it) did.
CREATE TABLE bot_rich_menus (
    kind           VARCHAR(16) PRIMARY KEY,
    rich_menu_id   VARCHAR(100) NOT NULL,
    fingerprint    VARCHAR(64) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The account's menu mode (NORMAL or DISASTER): one row, written when staff switch.
CREATE TABLE bot_menu_mode (
    id             INTEGER PRIMARY KEY,
    mode           VARCHAR(16) NOT NULL,
    changed_by     VARCHAR(100),
    changed_at     TIMESTAMP WITH TIME ZONE
);

INSERT INTO bot_menu_mode (id, mode) VALUES (1, 'NORMAL');
