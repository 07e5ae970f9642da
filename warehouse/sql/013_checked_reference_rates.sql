-- 013 (issue 12): the euro/dollar reference rates, checked. 004 entered them
-- from memory (1.3759 on 2014-02-19, 1.2645 on 2014-10-06); both were wrong.
--
-- Source: the ECB's euro foreign exchange reference rates, historical file
-- eurofxref-hist.csv (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip,
-- column USD = US dollars per euro; the same series as EXR.D.USD.EUR.SP00.A).
-- The ECB site itself cannot be reached from where this was written; the rows
-- were read in two public copies of that file, downloaded by others on
-- different days (one ending 2014-12-17, one ending 2016-03-04), which agree:
--   2014-02-19  USD 1.3745
--   2014-10-06  USD 1.2565   (1.2645 is the rate of 2014-10-08)
-- and the other currencies of the same rows (HRK 7.6678 and 7.6415, NZD 1.6104
-- on 2014-10-06) match a third, independent table of ECB rates (coinwelly.com).
UPDATE reference_rates
SET usd_per_eur = 1.3745,
    source = 'ECB euro foreign exchange reference rate (eurofxref-hist.csv), USD per EUR, 2014-02-19'
WHERE rate_date = DATE '2014-02-19';

UPDATE reference_rates
SET usd_per_eur = 1.2565,
    source = 'ECB euro foreign exchange reference rate (eurofxref-hist.csv), USD per EUR, 2014-10-06'
WHERE rate_date = DATE '2014-10-06';
