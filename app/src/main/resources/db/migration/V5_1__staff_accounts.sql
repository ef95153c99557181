-- Staff accounts for the console and the REST API, in the shape Spring Security's JdbcUserDetailsManager reads.
CREATE TABLE users (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);

CREATE TABLE authorities (
    username  VARCHAR(100) NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    authority VARCHAR(50)  NOT NULL,
    CONSTRAINT authorities_unique UNIQUE (username, authority)
);
