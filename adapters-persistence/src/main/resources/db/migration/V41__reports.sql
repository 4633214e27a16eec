-- Scheduled reports: each restaurant's schedule, and the reports made from it. A report is
-- unique per restaurant, kind and first day: however many instances make it at once, the
-- unique key lets one insert win, and the others roll back (with the emails they would have
-- queued). Files are kept here, so any instance serves the download.

CREATE TABLE report_schedules (
    restaurant_id UUID                     NOT NULL PRIMARY KEY REFERENCES restaurants (id),
    daily         BOOLEAN                  NOT NULL,
    weekly        BOOLEAN                  NOT NULL,
    -- comma-separated extensions: pdf,csv
    formats       VARCHAR(50)              NOT NULL,
    -- newline-separated addresses
    email_to      VARCHAR(6000)            NOT NULL,
    active_since  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE reports (
    id            UUID                     NOT NULL PRIMARY KEY,
    restaurant_id UUID                     NOT NULL REFERENCES restaurants (id),
    kind          VARCHAR(10)              NOT NULL CHECK (kind IN ('DAILY', 'WEEKLY')),
    period_from   DATE                     NOT NULL,
    period_to     DATE                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reports_one_per_period UNIQUE (restaurant_id, kind, period_from)
);

CREATE INDEX reports_newest_first ON reports (restaurant_id, created_at, id);

CREATE TABLE report_files (
    report_id UUID        NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    format    VARCHAR(10) NOT NULL,
    content   BYTEA       NOT NULL,
    PRIMARY KEY (report_id, format)
);
