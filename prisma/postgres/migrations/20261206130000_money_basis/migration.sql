-- Money's basis becomes structured (lib/vocab/basis.ts): the currency is the unit itself, and the
-- old codes' meaning moves, unchanged, into the price basis, its year and the ruble's denomination.
-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "denomination" TEXT,
ADD COLUMN     "priceBasis" TEXT,
ADD COLUMN     "priceYear" INTEGER;

UPDATE "Figure" SET "priceBasis" = 'gold_parity', "priceYear" = 1950 WHERE "currencyBasis" = 'usd_gold_1950';
UPDATE "Figure" SET "priceBasis" = 'not_stated' WHERE "currencyBasis" IN ('usd_unstated', 'mcy');
UPDATE "Figure" SET "priceBasis" = 'not_stated', "denomination" = 'not_stated' WHERE "currencyBasis" = 'rub_unstated';
UPDATE "Figure" SET "priceBasis" = 'not_stated', "denomination" = 'old' WHERE "currencyBasis" = 'rub_old';
UPDATE "Figure" SET "priceBasis" = 'not_stated', "denomination" = 'new' WHERE "currencyBasis" = 'rub_new';

-- AlterTable
ALTER TABLE "Figure" DROP COLUMN "currencyBasis";
