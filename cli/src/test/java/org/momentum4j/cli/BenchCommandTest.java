package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code m4j bench}: what it reports, that it measures allocation, and that bad flags are usage errors. */
class BenchCommandTest {
    private static final String[] QUICK = {"--warmup-seconds", "0", "--repetitions", "3"};

    private static JsonNode json(String... args) throws Exception {
        String[] all = new String[args.length + QUICK.length + 2];
        all[0] = "bench";
        all[1] = "--json";
        System.arraycopy(QUICK, 0, all, 2, QUICK.length);
        System.arraycopy(args, 0, all, 2 + QUICK.length, args.length);
        Cli run = Cli.run(all);
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.outLines().size(), "one JSON object on one line:\n" + run.out());
        return new ObjectMapper().readTree(run.out());
    }

    private static void positiveAndFinite(JsonNode o, String field) {
        assertTrue(o.has(field), field + " missing in " + o);
        double v = o.get(field).asDouble(Double.NaN);
        assertTrue(o.get(field).isNumber() && Double.isFinite(v) && v >= 0, field + " = " + o.get(field));
    }

    @Test
    void jsonHasThroughputAndAllocationAndTheLossFell() throws Exception {
        JsonNode o = json("--layers", "4,7,3", "--items", "150", "--epochs", "20");
        positiveAndFinite(o, "items_per_second");
        assertTrue(o.get("items_per_second").asDouble() > 0, o.toString());
        assertTrue(o.get("items_per_second_min").asDouble() <= o.get("items_per_second").asDouble());
        assertTrue(o.get("items_per_second").asDouble() <= o.get("items_per_second_max").asDouble());
        positiveAndFinite(o, "bytes_per_item");
        assertEquals("[4,7,3]", o.get("layers").toString());
        assertEquals(150, o.get("items").asInt());
        assertEquals(20, o.get("epochs").asInt());
        assertTrue(o.get("loss_after").asDouble() < o.get("loss_before").asDouble(), o.toString());
        // The test JVM has no --add-modules jdk.incubator.vector: the plain loops ran, and the report says so.
        assertEquals("scalar", o.get("kernels").asText());
    }

    /**
     * The online loop allocates nothing per item; what remains is per epoch (statistics, the shuffle's
     * generator: a few hundred bytes per 150-item epoch, ~4 bytes per item). The smallest Java object takes
     * 16 bytes, so one object per item would push the figure over 16.
     */
    @ParameterizedTest
    @CsvSource({"--workload,W1", "--layers,'4,7,3'"})
    void onlineW1ShapedTrainingAllocatesLessThanAnObjectPerItem(String flag, String value) throws Exception {
        JsonNode o = json(flag, value, "--epochs", "50");
        double bytes = o.get("bytes_per_item").asDouble();
        assertTrue(bytes < 16, "bytes per item " + bytes);
    }

    @Test
    void miniBatchesOnTwoThreadsAreMeasuredToo() throws Exception {
        JsonNode o = json("--layers", "20,16,4", "--items", "256", "--epochs", "5", "--batch-size", "32",
                "--threads", "2");
        positiveAndFinite(o, "items_per_second");
        positiveAndFinite(o, "bytes_per_item");
        assertEquals(32, o.get("batch_size").asInt());
        assertEquals(2, o.get("threads").asInt());
    }

    @Test
    void trainingWithoutEpochStatisticsIsMeasuredAndReported() throws Exception {
        JsonNode o = json("--workload", "W1", "--epochs", "50", "--no-statistics");
        assertFalse(o.get("epoch_statistics").asBoolean(true), o.toString());
        assertTrue(o.get("loss_after").asDouble() < o.get("loss_before").asDouble(), o.toString());
        assertTrue(o.get("bytes_per_item").asDouble() < 16, o.toString());
        assertTrue(json("--workload", "W1", "--epochs", "2").get("epoch_statistics").asBoolean(false));
    }

    @Test
    void floatPrecisionIsMeasuredAndReported() throws Exception {
        JsonNode o = json("--layers", "4,40,3", "--epochs", "20", "--precision", "float");
        assertEquals("float", o.get("precision").asText());
        assertTrue(o.get("loss_after").asDouble() < o.get("loss_before").asDouble(), o.toString());
        assertTrue(o.get("bytes_per_item").asDouble() < 16, o.toString());
        assertEquals("double", json("--layers", "4,7,3", "--epochs", "2").get("precision").asText());
    }

    @Test
    void theTableLinesUpUnderItsHeadings() {
        Cli run = Cli.run("bench", "--workload", "w1", "--epochs", "10", "--warmup-seconds", "0");
        assertEquals(0, run.code(), run.err());
        String header = run.outLine("items/s");
        String row = run.outLines().get(run.outLines().indexOf(header) + 1);
        assertEquals(header.length(), row.length(), "right-aligned columns:\n" + run.out());
        assertTrue(run.outLines().get(0).startsWith("W1: "), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--workload W3|m4j bench: --workload: unknown workload 'W3': expected W1 or W2",
        "--workload W1 --layers 4,7,3|m4j bench: --layers: give either --workload or --layers, not both",
        "--items 10|m4j bench: --items: only with --layers (a workload fixes its items)",
        "--layers 4,7,1|m4j bench: --layers:",
        "--layers 4,x,3|m4j bench: invalid value for option '--layers': 'x' in '4,x,3' is not a whole number",
        "--repetitions 0|m4j bench: --repetitions: expected a whole number >= 1, got 0",
        "--epochs 0|m4j bench: --epochs: expected a whole number >= 1, got 0",
        "--threads 0|m4j bench: --threads: threads must be in [1, 256], got 0",
        "--batch-size 0|m4j bench: --batch-size:",
        "--warmup-seconds -1|m4j bench: --warmup-seconds: expected a number >= 0, got -1.0",
        "--lr -1|m4j bench: --lr:",
        "--precision half|m4j bench: --precision: unknown precision 'half': expected double or float",
        "--precision float --batch-size 8|m4j bench: --precision: float precision supports online training (batch size 1)",
        "--frobnicate|m4j bench: unknown option '--frobnicate'"})
    void badFlagsAreUsageErrors(String args, String expectedStart) {
        String[] words = ("bench " + args).split(" ");
        Cli run = Cli.run(words);
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.errLines().get(0).startsWith(expectedStart), run.err());
        assertTrue(!run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }
}
