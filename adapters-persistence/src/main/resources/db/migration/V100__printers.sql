-- Kitchen printers and the print queue. A printer is reached over the network (ESC/POS over TCP,
-- host and port) or polls Chit (Star CloudPRNT, with its own user name and a hashed password);
-- its status and when it was last seen are kept with it, and since when it holds jobs (for the
-- managers' email after 5 minutes, alerted_at once they were told).
CREATE TABLE printers (
    id                 UUID                     NOT NULL PRIMARY KEY,
    restaurant_id      UUID                     NOT NULL,
    name               VARCHAR(60)              NOT NULL,
    -- the stations it prints for, comma-separated ids; empty: every ticket of the order
    station_ids        VARCHAR(2000)            NOT NULL,
    connection_type    VARCHAR(20)              NOT NULL,
    host               VARCHAR(253),
    port               INTEGER,
    cloudprnt_username VARCHAR(64),
    cloudprnt_password VARCHAR(300),
    backup_printer_id  UUID,
    copies             INTEGER                  NOT NULL,
    columns_per_line   INTEGER                  NOT NULL,
    status             VARCHAR(10)              NOT NULL,
    last_seen_at       TIMESTAMP WITH TIME ZONE,
    holding_since      TIMESTAMP WITH TIME ZONE,
    alerted_at         TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT printers_connection_check CHECK (connection_type IN ('escpos-tcp', 'cloudprnt')),
    CONSTRAINT printers_status_check CHECK (status IN ('ONLINE', 'OFFLINE', 'PAPER_OUT', 'UNKNOWN')),
    CONSTRAINT printers_port_check CHECK (port IS NULL OR port BETWEEN 1 AND 65535)
);

CREATE INDEX printers_by_restaurant ON printers (restaurant_id);

-- The print queue, claimed and retried by the one LeasedQueue: kind says which sender serves a
-- job (ESCPOS: Chit's loop; CLOUDPRNT: the printer's polls), ticket_kind what it prints.
-- job_key makes a job unique per order, station, printer, kind and reprint number: written in
-- the transaction that accepts or cancels the order, a retried transaction cannot make two.
CREATE TABLE print_jobs (
    id              UUID                     NOT NULL PRIMARY KEY,
    restaurant_id   UUID                     NOT NULL,
    printer_id      UUID                     NOT NULL REFERENCES printers (id) ON DELETE CASCADE,
    kind            VARCHAR(10)              NOT NULL,
    ticket_kind     VARCHAR(10)              NOT NULL,
    order_id        UUID,
    order_number    BIGINT,
    station_id      UUID,
    reprint         INTEGER                  NOT NULL DEFAULT 0,
    handouts        INTEGER                  NOT NULL DEFAULT 0,
    job_key         VARCHAR(200)             NOT NULL,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claim_id        UUID,
    last_error      VARCHAR(1000),
    sent_at         TIMESTAMP WITH TIME ZONE,
    dead_at         TIMESTAMP WITH TIME ZONE,
    requeued_at     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT print_jobs_key UNIQUE (job_key),
    CONSTRAINT print_jobs_status_check CHECK (status IN ('PENDING', 'PRINTED', 'DEAD')),
    CONSTRAINT print_jobs_ticket_kind_check CHECK (ticket_kind IN ('NEW', 'CANCELLED', 'REPRINT', 'TEST'))
);

CREATE INDEX print_jobs_due ON print_jobs (status, next_attempt_at);
CREATE INDEX print_jobs_by_printer ON print_jobs (printer_id, status, created_at);
CREATE INDEX print_jobs_by_restaurant ON print_jobs (restaurant_id, created_at);
CREATE INDEX print_jobs_by_order ON print_jobs (order_id);
