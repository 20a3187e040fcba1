package org.selving.report;

import java.util.ArrayList;
import java.util.List;

/**
 * An assessment's access codes per unit: how many were issued and, where the report shows its response
 * rates (a closed assessment, groups of at least k), how many were used. A used count is a count of
 * respondents, so it is shown only as the report shows it: never while the assessment is open (it
 * would tell, answer by answer, who has just answered), never for fewer than k people.
 *
 * @param usedShown whether the rows are the report's response rates (each unit then counts the units
 *                  below it, and the first row is the whole organization); otherwise each row holds the
 *                  codes issued for that unit itself
 */
public record CodeUse(boolean usedShown, List<Row> rows) {

    /**
     * @param unitId {@code null} for the whole organization
     * @param path   the unit's path in the tree; {@code null} for the whole organization
     * @param used   {@code null} where it is not shown
     */
    public record Row(Long unitId, String path, long issued, Long used) {
    }

    static CodeUse of(Report.ResponseRates rates) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(null, rates.total()));
        rates.units().forEach(unit -> rows.add(row(unit.path(), unit)));
        return new CodeUse(true, List.copyOf(rows));
    }

    private static Row row(String path, Report.RateRow rate) {
        return new Row(rate.unitId(), path, rate.issued(), rate.used().shown() ? rate.used().value().used() : null);
    }
}
