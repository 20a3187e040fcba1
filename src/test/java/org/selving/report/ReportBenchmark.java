package org.selving.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.selving.assessment.AssessmentStatus;
import org.selving.assessment.SegmentQuestion;
import org.selving.bench.HeapPeak;
import org.selving.instrument.Instrument;
import org.selving.instrument.InstrumentJson;
import org.selving.instrument.InstrumentParser;
import org.selving.organization.UnitNode;
import org.selving.response.ResponseMatrix;
import org.selving.response.ResponseStore;
import org.selving.response.ResponseStores;
import org.selving.response.StoredResponse;
import org.selving.sample.SyntheticPerson;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;

/**
 * Times the full report (every dimension with reliability and items, the heatmap of 150 teams with
 * rwg and ICCs, segments with their gaps, change since the previous cycle, drivers, eNPS) on
 * 100,000 and 1,000,000 responses of the selving questionnaire stored through the real
 * {@link ResponseStore} in an H2 file: reading them (the scan) and computing the report separately
 * and together, after a warm-up, with the peak heap; then streams the anonymized response data.
 * The previous cycle's report is computed first, as the cache would hold it.
 */
public final class ReportBenchmark {

    private static final int DIVISIONS = 10;
    private static final int TEAMS_PER_DIVISION = 15;
    private static final int K = 5;

    private ReportBenchmark() {
    }

    public static void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("selving-report-bench");
            String url = "jdbc:h2:file:" + dir.resolve("selving");
            AgroalDataSource dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .connectionPoolConfiguration(pool -> pool.maxSize(4).connectionFactoryConfiguration(
                            factory -> factory.jdbcUrl(url)
                                    .principal(new NamePrincipal("selving")).credential(new SimplePassword("selving")))));
            try (dataSource) {
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
                measure(dataSource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            delete(dir);
        }
    }

    private record Setup(Instrument instrument, CellTree tree, long[] teams, SegmentQuestion segments,
            long previous, long current) {
    }

    private static void measure(AgroalDataSource dataSource) throws IOException, SQLException {
        Setup setup = setUp(dataSource);
        ResponseStore store = ResponseStores.over(dataSource);
        InstrumentShape shape = InstrumentShape.of(setup.instrument());
        System.out.printf(Locale.ROOT, "report: %d items, %d teams in %d divisions, %d segments, k = %d, H2 file%n",
                shape.items().size(), setup.teams().length, DIVISIONS, setup.segments().options().size(), K);
        for (int responses : new int[] {100_000, 1_000_000}) {
            long insertStart = System.nanoTime();
            store(dataSource, store, setup, setup.previous(), responses, -0.1, 1);
            store(dataSource, store, setup, setup.current(), responses, 0, 2);
            System.out.printf(Locale.ROOT, "report: stored 2 x %,d responses through ResponseStore in %.0f s%n",
                    responses, seconds(insertStart));

            long firstScan = System.nanoTime();
            store.scanClosed(setup.current(), shape.items().size());
            System.out.printf(Locale.ROOT, "report: first scan of the closed assessment, row by row, packing it into"
                    + " blocks: %.1f s%n", seconds(firstScan));
            Release previousRelease = release(setup, shape, store, setup.previous());
            Report previous = report(setup, previousRelease, setup.previous(),
                    Section.unavailable(Section.Unavailable.NO_PREVIOUS_ASSESSMENT));
            previousRelease = null;
            int repetitions = responses >= 1_000_000 ? 5 : 10;
            for (int i = 0; i < 3; i++) {
                report(setup, release(setup, shape, store, setup.current()), setup.current(), Section.of(previous));
            }
            System.gc();
            HeapPeak.reset();
            double[] scan = new double[repetitions];
            double[] compute = new double[repetitions];
            double[] total = new double[repetitions];
            Report report = null;
            for (int i = 0; i < repetitions; i++) {
                long start = System.nanoTime();
                ResponseMatrix matrix = store.scanClosed(setup.current(), shape.items().size());
                long scanned = System.nanoTime();
                Release release = Release.of(setup.current(), shape, setup.segments(), setup.tree(), K, 10, false,
                        matrix, List.of(), List.of(), java.util.Map.of(), List.of());
                matrix = null;
                report = report(setup, release, setup.current(), Section.of(previous));
                long done = System.nanoTime();
                scan[i] = (scanned - start) / 1e9;
                compute[i] = (done - scanned) / 1e9;
                total[i] = (done - start) / 1e9;
            }
            System.out.printf(Locale.ROOT,
                    "report: %,9d responses: scan median %.3f s (best %.3f), report median %.3f s (best %.3f),"
                            + " together median %.3f s (best %.3f), %d runs; peak heap %d MiB%n",
                    responses, median(scan), min(scan), median(compute), min(compute), median(total), min(total),
                    repetitions, HeapPeak.mebibytes());
            Report.Figures figures = report.figures().value();
            System.out.printf(Locale.ROOT, "report:   index %.1f, %d heatmap rows, %d segment gaps, %d changes, drivers R2 %.3f%n",
                    figures.overallIndex().value(), figures.heatmap().value().rows().size(),
                    figures.segments().value().gaps().size(), figures.change().value().dimensions().size(),
                    figures.drivers().value().rSquared());
            withinWithout(setup, release(setup, shape, store, setup.current()), report.figures().value(), responses / 10);
            exportResponses(setup, shape, store);
        }
    }

    /**
     * The within/without section of the whole organization's report against a mirror of outsiders (a
     * tenth as many, spread over the teams, built in memory): the two extra passes over the staff (the
     * paired statements, the drivers of the outward dimension) and the outsiders' units.
     */
    private static void withinWithout(Setup setup, Release inside, Report.Figures figures, int outsiders)
            throws IOException {
        Instrument mirror = new InstrumentParser().parse("surveys/selving_mirror.yaml",
                Files.readAllBytes(Path.of("surveys/selving_mirror.yaml")));
        int items = mirror.items().size();
        Random random = new Random(3);
        long[] units = new long[outsiders];
        byte[] answers = new byte[outsiders * items];
        for (int r = 0; r < outsiders; r++) {
            units[r] = setup.teams()[random.nextInt(setup.teams().length)];
            System.arraycopy(SyntheticPerson.answers(random, mirror, 0.2, 0, 0.05, item -> 0), 0, answers, r * items, items);
        }
        Release outside = Release.of(-1, InstrumentShape.of(mirror), null, setup.tree(), K, 10, false,
                new ResponseMatrix(items, units, new byte[outsiders], answers), List.of(), List.of(), Map.of(), List.of());
        Report.Figures outsideFigures = new ReportBuilder(outside, "en", CellTree.ROOT, Headcount.ALL,
                setup.tree().maxDepth()).figures(Section.unavailable(Section.Unavailable.NO_PREVIOUS_ASSESSMENT)).value();
        WithinWithout.Mirror about = new WithinWithout.Mirror(-1, "Outsiders", false, outsiders);
        for (int i = 0; i < 2; i++) {
            new WithinWithoutBuilder(inside, CellTree.ROOT, Headcount.ALL, figures, outside, CellTree.ROOT, outsideFigures,
                    about).build();
        }
        System.gc();
        HeapPeak.reset();
        double[] times = new double[5];
        WithinWithout section = null;
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            section = new WithinWithoutBuilder(inside, CellTree.ROOT, Headcount.ALL, figures, outside, CellTree.ROOT,
                    outsideFigures, about).build();
            times[i] = seconds(start);
        }
        System.out.printf(Locale.ROOT, "report:   within/without against %,d outsiders: median %.3f s (best %.3f), %d runs;"
                + " peak heap %d MiB; %d statements, %d units, drivers R2 %.3f%n", outsiders, median(times), min(times),
                times.length, HeapPeak.mebibytes(), section.items().size(), section.units().value().points().size(),
                section.drivers().value().rSquared());
    }

    private static void exportResponses(Setup setup, InstrumentShape shape, ResponseStore store) throws IOException {
        Release release = release(setup, shape, store, setup.current());
        RowLabels labels = RowLabels.of(release.disclosure, setup.segments().keys()).orElseThrow();
        release = null;
        System.gc();
        HeapPeak.reset();
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        ResponseDataCsv.write(release(setup, shape, store, setup.current()), labels, store, sink);
        System.out.printf(Locale.ROOT, "report:   response data CSV: %,d MB streamed in %.1f s; peak heap %d MiB%n",
                sink.bytes >> 20, seconds(start), HeapPeak.mebibytes());
    }

    private static Release release(Setup setup, InstrumentShape shape, ResponseStore store, long assessment) {
        return Release.of(assessment, shape, setup.segments(), setup.tree(), K, 10, false,
                store.scanClosed(assessment, shape.items().size()), List.of(), List.of(), java.util.Map.of(), List.of());
    }

    private static Report report(Setup setup, Release release, long assessment, Section<Report> previous) {
        int level = setup.tree().maxDepth();
        return new Report(new Report.About(assessment, 1, "Benchmark", "Cycle " + assessment, AssessmentStatus.CLOSED,
                "selving", "Selving", "en", setup.instrument().languages(), K, 10, false, null),
                new Report.Scope(null, "Benchmark", null, null, level, List.of(1, 2), List.of(), List.of()),
                new Report.Basis(false, release.rows(), false),
                new ReportBuilder(release, "en", CellTree.ROOT, Headcount.ALL, level).figures(previous),
                Section.unavailable(Section.Unavailable.NO_MIRROR));
    }

    /** Respondents spread over the teams, each team with its own climate; 70% staff, 20% managers, 7% senior, 3% none. */
    private static void store(AgroalDataSource dataSource, ResponseStore store, Setup setup, long assessment,
            int responses, double shift, long seed) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM response WHERE assessment_id = " + assessment);
        }
        Random random = new Random(seed);
        double[] climate = new double[setup.teams().length];
        Random teams = new Random(42);
        for (int t = 0; t < climate.length; t++) {
            climate[t] = 0.5 * teams.nextGaussian() + shift;
        }
        List<StoredResponse> batch = new ArrayList<>();
        for (int r = 0; r < responses; r++) {
            int team = random.nextInt(setup.teams().length);
            double roll = random.nextDouble();
            int segment = roll < 0.03 ? 0 : roll < 0.73 ? 1 : roll < 0.93 ? 2 : 3;
            batch.add(new StoredResponse(assessment, setup.teams()[team], segment,
                    Respondents.answers(random, setup.instrument(), climate[team]), LocalDate.of(2026, 3, 1), List.of()));
            if (batch.size() == 10_000 || r == responses - 1) {
                store.insert(batch);
                batch.clear();
            }
        }
    }

    private static Setup setUp(AgroalDataSource dataSource) throws IOException, SQLException {
        Instrument instrument = new InstrumentParser().parse("surveys/selving.yaml",
                Files.readAllBytes(Path.of("surveys/selving.yaml")));
        SegmentQuestion segments = new SegmentQuestion(Map.of("en", "Position"), List.of(
                new SegmentQuestion.Option("staff", Map.of("en", "Staff")),
                new SegmentQuestion.Option("manager", Map.of("en", "Manager")),
                new SegmentQuestion.Option("senior", Map.of("en", "Senior leader"))));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (PreparedStatement version = c.prepareStatement("""
                    INSERT INTO instrument_version (id, instrument_key, content_hash, title, definition, created_at)
                    VALUES (1, ?, ?, ?, ?, ?)""")) {
                version.setString(1, instrument.key());
                version.setString(2, instrument.contentHash());
                version.setString(3, "Selving");
                version.setString(4, InstrumentJson.toJson(instrument));
                version.setObject(5, LocalDateTime.now());
                version.executeUpdate();
            }
            s.executeUpdate("INSERT INTO organization (id, name, created_at) VALUES (1, 'Benchmark', CURRENT_TIMESTAMP)");
            List<UnitNode> divisions = new ArrayList<>();
            long[] teams = new long[DIVISIONS * TEAMS_PER_DIVISION];
            long id = 1;
            for (int d = 0; d < DIVISIONS; d++) {
                long division = id++;
                s.executeUpdate("INSERT INTO unit (id, organization_id, name) VALUES (" + division + ", 1, 'Division "
                        + d + "')");
                List<UnitNode> children = new ArrayList<>();
                for (int t = 0; t < TEAMS_PER_DIVISION; t++) {
                    long team = id++;
                    teams[d * TEAMS_PER_DIVISION + t] = team;
                    s.executeUpdate("INSERT INTO unit (id, organization_id, parent_id, name) VALUES (" + team + ", 1, "
                            + division + ", 'Team " + t + "')");
                    children.add(new UnitNode(team, "Team " + t, "Division " + d + " / Team " + t, List.of()));
                }
                divisions.add(new UnitNode(division, "Division " + d, "Division " + d, children));
            }
            for (long assessment = 1; assessment <= 2; assessment++) {
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO assessment (id, organization_id, instrument_version_id, title, status, created_at)
                        VALUES (?, 1, 1, ?, 'CLOSED', ?)""")) {
                    insert.setLong(1, assessment);
                    insert.setString(2, "Cycle " + assessment);
                    insert.setObject(3, OffsetDateTime.now().minusDays(200 / assessment));
                    insert.executeUpdate();
                }
            }
            return new Setup(instrument, CellTree.of("Benchmark", divisions), teams, segments, 1, 2);
        }
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
