-- Issue 9: notifications. A person's e-mail address and language come from the identity
-- provider's token at sign-in; the outbox holds every mail and webhook call to deliver, written in
-- the transaction of the event it tells of, and delivered by a worker that leases rows (several
-- servers may run it); in-app notifications and the kinds of mail a person turned off.
ALTER TABLE person ADD COLUMN email VARCHAR(320) NULL;
ALTER TABLE person ADD COLUMN locale VARCHAR(10) NULL;

CREATE TABLE outbox (
    id               VARCHAR(36)   NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    topic            VARCHAR(60)   NOT NULL,
    recipient        VARCHAR(320)  NOT NULL,
    dac_id           VARCHAR(36)   NULL,
    application_id   VARCHAR(36)   NULL,
    payload          TEXT          NOT NULL,
    created_at       BIGINT        NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  BIGINT        NOT NULL,
    lease_owner      VARCHAR(64)   NULL,
    lease_until      BIGINT        NULL,
    last_error       VARCHAR(1000) NULL,
    sent_at          BIGINT        NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_dac ON outbox (dac_id, status, created_at);

CREATE TABLE notification (
    id              VARCHAR(36)  NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    topic           VARCHAR(60)  NOT NULL,
    application_id  VARCHAR(36)  NULL,
    text            VARCHAR(600) NOT NULL,
    link            VARCHAR(500) NOT NULL,
    created_at      BIGINT       NOT NULL,
    read_at         BIGINT       NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_notification_subject ON notification (subject, created_at);
CREATE INDEX ix_notification_unread ON notification (subject, read_at);

CREATE TABLE notification_optout (
    subject  VARCHAR(255) NOT NULL,
    topic    VARCHAR(60)  NOT NULL,
    PRIMARY KEY (subject, topic)
);

CREATE TABLE webhook (
    id          VARCHAR(36)  NOT NULL,
    dac_id      VARCHAR(36)  NOT NULL,
    client      VARCHAR(100) NOT NULL,
    url         VARCHAR(500) NOT NULL,
    secret      VARCHAR(2000) NOT NULL,
    topics      VARCHAR(500) NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    created_at  BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_dac FOREIGN KEY (dac_id) REFERENCES dac (id)
);
