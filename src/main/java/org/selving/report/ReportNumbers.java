package org.selving.report;

import java.text.NumberFormat;
import java.util.Locale;

import org.selving.stats.Interval;
import org.selving.stats.Result;

/**
 * A report's numbers written for the reader's language: fixed decimals, signs that say which way a
 * difference goes, percentages, intervals and p-values; "–" for what could not be computed.
 */
public final class ReportNumbers {

    private final Locale locale;
    private final ReportMessages text;

    public ReportNumbers(Locale locale, ReportMessages text) {
        this.locale = locale;
        this.text = text;
    }

    public String number(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    public String number(Result<Double> value, int digits) {
        return value.isComputed() ? number(value.value(), digits) : "–";
    }

    public String signed(double value, int digits) {
        String text = number(Math.abs(value), digits);
        return value > 0 && !text.equals(number(0, digits)) ? "+" + text
                : value < 0 && !text.equals(number(0, digits)) ? "−" + text : text;
    }

    public String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String percent(Result<Double> share) {
        if (!share.isComputed()) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        return format.format(share.value());
    }

    String interval(Result<Interval> interval, int digits) {
        return interval.isComputed() ? text.interval(number(interval.value().lower(), digits),
                number(interval.value().upper(), digits)) : "";
    }

    public String pValue(Result<Double> p) {
        if (!p.isComputed()) {
            return "";
        }
        return p.value() < 0.001 ? "< " + number(0.001, 3) : number(p.value(), 3);
    }
}
