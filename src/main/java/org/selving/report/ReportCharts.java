package org.selving.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as SVG, drawn on the server so they need no script and print as they show.
 * Every chart names itself ({@code <title>}), says how to read it ({@code <desc>}) and is followed
 * on the page by a table of the same figures, its text alternative. Colours follow the stylesheet
 * and keep at least 3:1 contrast with the white page (WCAG's non-text contrast).
 */
public final class ReportCharts {

    static final int WIDTH = 640;
    private static final String BAR = "#0b5563";
    /** Outsiders' side of a within/without chart: orange, 3:1 against white and apart from the teal. */
    private static final String OUTSIDE = "#b35806";
    private static final String INK = "#1c2126";
    private static final String GRID = "#6b7680";
    /** The options of an item from least to most favorable: orange through grey to blue. */
    private static final String[] DIVERGING = {"#b35806", "#e08214", "#8c8c8c", "#4393c3", "#2166ac"};

    /** The bar and trend charts give each row this height, below a top margin. */
    private static final int ROW_HEIGHT = 42;
    private static final int TOP = 8;
    /** Under a chart on the 0-100 index scale: room for the axis labels. */
    private static final int AXIS_ROOM = 24;
    private static final double INDEX_SCALE = (WIDTH - 20) / 100.0;

    private ReportCharts() {
    }

    /** A chart of rows on the 0-100 index scale with its axis drawn; the caller draws the rows and closes it. */
    private static StringBuilder indexChart(String id, String title, String description, int rows) {
        int height = TOP + rows * ROW_HEIGHT + AXIS_ROOM;
        StringBuilder svg = open(id, title, description, height);
        axis(svg, TOP, height - AXIS_ROOM, INDEX_SCALE);
        return svg;
    }

    /** One labelled bar on a 0-100 scale per row, with its 95% interval as a whisker. */
    record IndexBar(String label, double value, Double lower, Double upper) {
    }

    static String indexBars(String id, String title, String description, List<IndexBar> bars) {
        StringBuilder svg = indexChart(id, title, description, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            IndexBar bar = bars.get(i);
            int y = TOP + i * ROW_HEIGHT;
            text(svg, 0, y + 13, bar.label(), "start", 13);
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                    y + 18, bar.value() * INDEX_SCALE, BAR));
            if (bar.lower() != null && bar.upper() != null) {
                whisker(svg, bar.lower() * INDEX_SCALE, bar.upper() * INDEX_SCALE, y + 26);
            }
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Two bars per row on the 0-100 index scale: inside (staff) above, outside (outsiders) below, each
     * with its 95% interval and its value written after it; a legend names the two.
     */
    record PairedBar(String label, double inside, Double insideLower, Double insideUpper, double outside,
            Double outsideLower, Double outsideUpper) {
    }

    static String pairedBars(String id, String title, String description, String insideName, String outsideName,
            List<PairedBar> rows) {
        int rowHeight = 58;
        int legend = 26;
        int height = legend + rows.size() * rowHeight + AXIS_ROOM;
        StringBuilder svg = open(id, title, description, height);
        double scale = (WIDTH - 60) / 100.0;
        axis(svg, legend, height - AXIS_ROOM, scale);
        legend(svg, 0, insideName, BAR);
        legend(svg, WIDTH / 2, outsideName, OUTSIDE);
        for (int i = 0; i < rows.size(); i++) {
            PairedBar row = rows.get(i);
            int y = legend + i * rowHeight;
            text(svg, 0, y + 13, row.label(), "start", 13);
            pairedBar(svg, y + 18, row.inside(), row.insideLower(), row.insideUpper(), BAR, scale);
            pairedBar(svg, y + 36, row.outside(), row.outsideLower(), row.outsideUpper(), OUTSIDE, scale);
        }
        return svg.append("</svg>").toString();
    }

    private static void pairedBar(StringBuilder svg, int y, double value, Double lower, Double upper, String colour,
            double scale) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>", y,
                value * scale, colour));
        if (lower != null && upper != null) {
            whisker(svg, lower * scale, upper * scale, y + 7);
        }
        double end = Math.max(value, upper == null ? value : upper) * scale;
        text(svg, (int) Math.round(end) + 6, y + 12, String.valueOf(Math.round(value)), "start", 12);
    }

    private static void legend(StringBuilder svg, int x, String name, String colour) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"14\" height=\"14\" fill=\"%s\"/>", x,
                colour));
        text(svg, x + 20, 16, name, "start", 13);
    }

    /** A point of a scatter chart: its label (for its title) and where it stands on both 0-100 axes. */
    public record Point(String label, double x, double y) {
    }

    /**
     * Points on two 0-100 axes (x across, y up), the diagonal x = y dashed: a point above it scores
     * higher on y than on x. Each point carries its label as a tooltip and is numbered, the number
     * written beside it; the page's table lists the same points in the same order.
     */
    public static String scatter(String id, String title, String description, String xName, String yName,
            List<Point> points) {
        int left = 44;
        int top = 10;
        int size = 360;
        int height = top + size + 48;
        StringBuilder svg = open(id, title, description, height);
        double scale = size / 100.0;
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = left + tick * scale;
            double y = top + size - tick * scale;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"0.5\" stroke-dasharray=\"2 3\"/>"
                            + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"0.5\" stroke-dasharray=\"2 3\"/>",
                    x, top, x, top + size, GRID, left, y, left + size, y, GRID));
            text(svg, (int) Math.round(x), top + size + 16, Integer.toString(tick), "middle", 12);
            text(svg, left - 6, (int) Math.round(y) + 4, Integer.toString(tick), "end", 12);
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1\" stroke-dasharray=\"6 4\"/>",
                left, top + size, left + size, top, GRID));
        text(svg, left + size / 2, top + size + 36, xName, "middle", 13);
        svg.append(String.format(Locale.ROOT,
                "<text transform=\"translate(12 %d) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\" fill=\"%s\">%s</text>",
                top + size / 2, INK, escape(yName)));
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = left + point.x() * scale;
            double y = top + size - point.y() * scale;
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"point\"><title>%s</title><circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"%s\"/>",
                    escape(point.label()), x, y, BAR));
            text(svg, (int) Math.round(x) + 9, (int) Math.round(y) + 4, Integer.toString(i + 1), "start", 12);
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A figure's spread across groups: its quartiles as a box with the median drawn across, and one
     * numbered dot per group at its value.
     *
     * @param values the groups' values, in the order of the page's table (null where a group has none)
     */
    public record Box(String label, double lowerQuartile, double median, double upperQuartile, List<Double> values) {
    }

    /** One box per row on the 0-100 index scale, the groups as numbered dots over it. */
    public static String boxes(String id, String title, String description, List<Box> rows) {
        StringBuilder svg = indexChart(id, title, description, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Box row = rows.get(i);
            int y = TOP + i * ROW_HEIGHT;
            text(svg, 0, y + 13, row.label(), "start", 13);
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#d8e6e9\" stroke=\"%s\"/>"
                            + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>",
                    row.lowerQuartile() * INDEX_SCALE, y + 18, (row.upperQuartile() - row.lowerQuartile()) * INDEX_SCALE,
                    BAR, row.median() * INDEX_SCALE, y + 16, row.median() * INDEX_SCALE, y + 36, BAR));
            for (int g = 0; g < row.values().size(); g++) {
                Double value = row.values().get(g);
                if (value != null) {
                    svg.append(String.format(Locale.ROOT,
                            "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"%s\"><title>%d</title></circle>",
                            value * INDEX_SCALE, y + 26, INK, g + 1));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    /** For each row a line from the earlier value (hollow dot) to the current one (full dot, with its interval). */
    record Trend(String label, double before, double now, Double lower, Double upper) {
    }

    static String trend(String id, String title, String description, List<Trend> rows) {
        StringBuilder svg = indexChart(id, title, description, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Trend row = rows.get(i);
            int y = TOP + i * ROW_HEIGHT + 26;
            text(svg, 0, y - 13, row.label(), "start", 13);
            if (row.lower() != null && row.upper() != null) {
                whisker(svg, row.lower() * INDEX_SCALE, row.upper() * INDEX_SCALE, y);
            }
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                            + "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\"/>"
                            + "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"%s\"/>",
                    row.before() * INDEX_SCALE, y, row.now() * INDEX_SCALE, y, GRID, row.before() * INDEX_SCALE, y, INK,
                    row.now() * INDEX_SCALE, y, BAR));
        }
        return svg.append("</svg>").toString();
    }

    /** One bar per row on a 0-100 percent scale, its value written after it. */
    record Share(String label, double percent, String valueText) {
    }

    static String shares(String id, String title, String description, List<Share> rows) {
        StringBuilder svg = open(id, title, description, TOP + rows.size() * ROW_HEIGHT);
        double scale = (WIDTH - 80) / 100.0;
        for (int i = 0; i < rows.size(); i++) {
            Share row = rows.get(i);
            int y = TOP + i * ROW_HEIGHT;
            text(svg, 0, y + 13, row.label(), "start", 13);
            double width = Math.max(0, row.percent()) * scale;
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                    y + 18, width, BAR));
            text(svg, (int) width + 6, y + 31, row.valueText(), "start", 13);
        }
        return svg.append("</svg>").toString();
    }

    /** One row's unfavorable, neutral and favorable shares, each from 0 to 1. */
    record Favorability(String label, double unfavorable, double neutral, double favorable, String valueText) {
    }

    /** For each row one bar split into unfavorable, neutral and favorable, its shares written after it. */
    static String favorability(String id, String title, String description, List<Favorability> rows) {
        StringBuilder svg = open(id, title, description, TOP + rows.size() * ROW_HEIGHT);
        double scale = WIDTH - 170;
        for (int i = 0; i < rows.size(); i++) {
            Favorability row = rows.get(i);
            int y = TOP + i * ROW_HEIGHT;
            text(svg, 0, y + 13, row.label(), "start", 13);
            double x = 0;
            double[] shares = {row.unfavorable(), row.neutral(), row.favorable()};
            String[] colours = {DIVERGING[0], DIVERGING[2], DIVERGING[4]};
            for (int part = 0; part < 3; part++) {
                double width = Math.max(0, shares[part]) * scale;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"/>",
                        x, y + 18, width, colours[part]));
                x += width;
            }
            text(svg, (int) scale + 6, y + 31, row.valueText(), "start", 13);
        }
        return svg.append("</svg>").toString();
    }

    /**
     * One item's answers as a bar split by option, least favorable first.
     *
     * @param counts per option in that order
     */
    static String distribution(String label, long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart distribution\" viewBox=\"0 0 200 18\" width=\"200\" height=\"18\" role=\"img\""
                        + " aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
                escape(label), escape(label)));
        double x = 0;
        for (int o = 0; o < counts.length && total > 0; o++) {
            double width = 200.0 * counts[o] / total;
            String colour = DIVERGING[Math.min(DIVERGING.length - 1, Math.round((float) o * (DIVERGING.length - 1)
                    / Math.max(1, counts.length - 1)))];
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"0\" width=\"%.2f\" height=\"18\" fill=\"%s\"/>",
                    x, width, colour));
            x += width;
        }
        return svg.append("</svg>").toString();
    }

    /** A heatmap row: its label and, per column, the cell's text and colour class, or one note across. */
    record HeatRow(String label, List<String> cells, List<String> classes, String note) {
    }

    static String heatmap(String id, String title, String description, List<String> columns, List<HeatRow> rows) {
        int labelWidth = 200;
        int header = 150;
        int rowHeight = 28;
        double cellWidth = (WIDTH - labelWidth) / (double) Math.max(1, columns.size());
        int height = header + rows.size() * rowHeight + 4;
        StringBuilder svg = open(id, title, description, height);
        for (int c = 0; c < columns.size(); c++) {
            double x = labelWidth + c * cellWidth + cellWidth / 2;
            svg.append(String.format(Locale.ROOT,
                    "<text transform=\"translate(%.1f %d) rotate(-55)\" font-size=\"12\" fill=\"%s\">%s</text>",
                    x, header - 6, INK, escape(shorten(columns.get(c), 30))));
        }
        for (int r = 0; r < rows.size(); r++) {
            HeatRow row = rows.get(r);
            int y = header + r * rowHeight;
            text(svg, labelWidth - 8, y + 18, shorten(row.label(), 30), "end", 12);
            if (row.note() != null) {
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f3f5f6\" stroke=\"%s\""
                                + " stroke-dasharray=\"4 3\"/>",
                        labelWidth, y + 2, WIDTH - labelWidth, rowHeight - 4, GRID));
                text(svg, labelWidth + (WIDTH - labelWidth) / 2, y + 18, row.note(), "middle", 12);
                continue;
            }
            for (int c = 0; c < row.cells().size(); c++) {
                double x = labelWidth + c * cellWidth;
                String colourClass = row.classes().get(c);
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\"/>",
                        colourClass, x, y + 2, cellWidth, rowHeight - 4, heatFill(colourClass)));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" fill=\"%s\">%s</text>",
                        x + cellWidth / 2, y + 18, heatInk(colourClass), escape(row.cells().get(c))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The colour class of a difference in index points: two steps each way, at 5 and 10 points. */
    static String heatClass(Double difference) {
        if (difference == null) {
            return "heat-none";
        }
        return difference >= 10 ? "heat-up2" : difference >= 5 ? "heat-up1" : difference > -5 ? "heat-even"
                : difference > -10 ? "heat-down1" : "heat-down2";
    }

    private static String heatFill(String colourClass) {
        return switch (colourClass) {
            case "heat-up2" -> "#2166ac";
            case "heat-up1" -> "#92c5de";
            case "heat-down1" -> "#fdb863";
            case "heat-down2" -> "#b35806";
            case "heat-none" -> "#ffffff";
            default -> "#eeeeee";
        };
    }

    private static String heatInk(String colourClass) {
        return colourClass.equals("heat-up2") || colourClass.equals("heat-down2") ? "#ffffff" : INK;
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                        + " aria-labelledby=\"%s-title %s-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
                        + "<title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>",
                id, WIDTH, height, id, id, id, escape(title), id, escape(description)));
    }

    private static void axis(StringBuilder svg, int top, int bottom, double scale) {
        for (int tick = 0; tick <= 100; tick += 25) {
            double x = tick * scale;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"0.5\" stroke-dasharray=\"2 3\"/>",
                    x, top, x, bottom, GRID));
            text(svg, (int) Math.round(x), bottom + 16, Integer.toString(tick), tick == 0 ? "start" : tick == 100 ? "end" : "middle",
                    12);
        }
    }

    private static void whisker(StringBuilder svg, double from, double to, int y) {
        svg.append(String.format(Locale.ROOT,
                "<path d=\"M%.1f %dV%dM%.1f %dH%.1fM%.1f %dV%d\" stroke=\"%s\" stroke-width=\"2\" fill=\"none\"/>",
                from, y - 6, y + 6, from, y, to, to, y - 6, y + 6, INK));
    }

    private static void text(StringBuilder svg, int x, int y, String text, String anchor, int size) {
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">%s</text>", x, y, anchor, size, INK,
                escape(text)));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
