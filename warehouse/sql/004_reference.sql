-- 004: reference data the views compare against: the euro/dollar rate of the
-- days the deal's figures refer to, which day each price `moment` refers to,
-- and the key events of the story for the coverage timeline.

CREATE TABLE reference_rates (
    rate_date   DATE PRIMARY KEY,
    usd_per_eur DOUBLE NOT NULL CHECK (usd_per_eur > 0),
    source      VARCHAR NOT NULL
);

-- Source: the ECB's euro foreign exchange reference rate (series EXR.D.USD.EUR.SP00.A)
-- of each day; the values were entered by hand and are to be checked against that series.
-- (They were wrong: 013_checked_reference_rates.sql replaces them with the checked rates.)
INSERT INTO reference_rates VALUES
    ('2014-02-19', 1.3759, 'ECB euro foreign exchange reference rate, USD per EUR, 2014-02-19'),
    ('2014-10-06', 1.2645, 'ECB euro foreign exchange reference rate, USD per EUR, 2014-10-06');

CREATE TABLE deal_moments (
    moment         moment PRIMARY KEY,
    reference_date DATE NOT NULL REFERENCES reference_rates (rate_date),
    description    VARCHAR NOT NULL
);

-- A figure whose moment the text does not state is read as the announced price,
-- the figure almost all coverage repeats.
INSERT INTO deal_moments VALUES
    ('announced', '2014-02-19', 'Facebook announces the purchase of WhatsApp'),
    ('closing', '2014-10-06', 'the purchase closes; the value of the Facebook shares paid has risen'),
    ('unspecified', '2014-02-19', 'the text does not say which moment the figure refers to; read as announced');

CREATE TABLE events (
    event_id    VARCHAR PRIMARY KEY,
    event_date  DATE NOT NULL,
    name        VARCHAR NOT NULL,
    description VARCHAR NOT NULL
);

INSERT INTO events VALUES
    ('announcement', '2014-02-19', 'Announcement', 'Facebook announces that it buys WhatsApp'),
    ('closing', '2014-10-06', 'Closing', 'Facebook completes the purchase of WhatsApp'),
    ('data_sharing_2016', '2016-08-25', '2016 data sharing', 'WhatsApp''s new terms announce that data is passed to Facebook'),
    ('hamburg_order', '2016-09-27', 'Hamburg order', 'Hamburg''s data protection commissioner forbids Facebook to use German WhatsApp users'' data'),
    ('eu_fine', '2017-05-18', 'EU fine', 'The European Commission fines Facebook 110 million euros for misleading information in the merger review'),
    ('policy_2021', '2021-01-06', '2021 privacy policy', 'WhatsApp asks its users to accept new terms on data sharing with Facebook');
