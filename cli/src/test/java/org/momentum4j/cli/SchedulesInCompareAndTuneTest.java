package org.momentum4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.momentum4j.data.Dataset;
import org.momentum4j.data.Datasets;
import org.momentum4j.data.TrainTestSplit;
import org.momentum4j.model.Model;

/** {@code --lr-schedule} and {@code --momentum-schedule} in {@code m4j compare} and {@code m4j tune}. */
class SchedulesInCompareAndTuneTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TUNE = {"tune", "--grid", "3x2", "--epochs", "8", "--lr", "0.005:0.2",
        "--momentum", "0:0.9", "--optimizers", "sgd,momentum", "--lr-schedule", "warmup:epochs=2>cosine",
        "--momentum-schedule", "ramp:from=0.5", "--quiet"};

    /** The printed {@code m4j train ...} line split into words as a POSIX shell would (plain or single-quoted). */
    private static List<String> pasted(Cli tune) {
        String line = tune.outLines().stream().map(String::strip).filter(l -> l.startsWith("m4j train ")).findFirst()
                .orElseThrow(() -> new AssertionError("no m4j train line in:\n" + tune.out()));
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(line.substring("m4j ".length()));
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    private static JsonNode settings(String... args) throws Exception {
        Cli run = Cli.run(CompareCommandTest.concat(new String[] {"compare", "--json", "--epochs", "5"}, args));
        assertEquals(0, run.code(), run.err());
        return JSON.readTree(run.out()).get("settings");
    }

    @Test
    void compareRacesSettingsWithTheirOwnSchedulesAndFillsInTheCommandWideOnes() throws Exception {
        JsonNode settings = settings("--try", "sgd lr=0.05", "--try", "momentum lr=0.05 momentum=0.9",
                "--try", "momentum lr=0.05 momentum=0.9 lr-schedule=cosine momentum-schedule=ramp:to=0.95",
                "--momentum-schedule", "sutskever");
        assertEquals(3, settings.size());
        // sgd has no momentum for the command-wide schedule; the second takes it; the third keeps its own ramp.
        assertEquals("sgd lr=0.05", settings.get(0).get("setting").asText());
        assertEquals("momentum lr=0.05 momentum=0.9 momentum-schedule=sutskever", settings.get(1).get("setting").asText());
        assertEquals("momentum lr=0.05 momentum=0.9 lr-schedule=cosine momentum-schedule=ramp:to=0.95",
                settings.get(2).get("setting").asText());
        assertNotEquals(settings.get(1).get("finalTrainingLoss").get("mean").asDouble(),
                settings.get(2).get("finalTrainingLoss").get("mean").asDouble());
    }

    @Test
    void aCommandWideScheduleIsTheSameAsNamingItInEverySetting() throws Exception {
        JsonNode flag = settings("--try", "momentum lr=0.05 momentum=0.9", "--lr-schedule", "cosine");
        JsonNode own = settings("--try", "momentum lr=0.05 momentum=0.9 lr-schedule=cosine");
        assertEquals(own.get(0).get("setting"), flag.get(0).get("setting"));
        assertEquals(own.get(0).get("seedRuns").get(0).get("curve"), flag.get(0).get("seedRuns").get(0).get("curve"));
    }

    @Test
    void tunePastesTheSchedulesIntoTheTrainCommandWhichRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("best.json");
        Cli tune = Cli.run(CompareCommandTest.concat(TUNE, "--save", file.toString()));
        assertEquals(0, tune.code(), tune.err());
        List<String> args = pasted(tune);
        assertEquals("warmup:epochs=2>cosine", args.get(args.indexOf("--lr-schedule") + 1), args.toString());
        boolean momentum = args.get(args.indexOf("--optimizer") + 1).equals("momentum");
        assertEquals(momentum, args.contains("--momentum-schedule"), "only a rule with momentum takes the ramp");
        Cli train = Cli.run(args.toArray(String[]::new));
        assertEquals(0, train.code(), args + "\n" + train.err());
        // The saved model trained the same settings, schedules included, as the pasted command.
        String[] test = train.outLine("test").strip().split(" +");
        Model model = Model.load(file);
        assertTrue(model.training().settings().get("controls").startsWith("lr-schedule=warmup:epochs=2>cosine"),
                model.training().settings().toString());
        // It classifies the held-out rows (raw features) exactly as the pasted command's network does.
        Dataset held = TrainTestSplit.of(Datasets.iris(), 0.2, 1).test();
        int correct = 0;
        for (int r = 0; r < held.rows(); r++) {
            double[] x = Arrays.copyOfRange(held.features(), r * 4, r * 4 + 4);
            correct += model.predictClass(x) == held.label(r) ? 1 : 0;
        }
        assertEquals(test[2], correct + "/" + held.rows(), "m4j train: " + String.join(" ", test));
    }

    @Test
    void scheduledSearchesGiveIdenticalOutputWhateverTheThreadCount() {
        String[] halving = {"tune", "--strategy", "halving", "--trials", "9", "--epochs", "9", "--quiet",
            "--lr-schedule", "cosine", "--momentum-schedule", "ramp:from=0.5"};
        Cli one = Cli.run(CompareCommandTest.concat(halving, "--threads", "1", "--json"));
        Cli two = Cli.run(CompareCommandTest.concat(halving, "--threads", "2", "--json"));
        assertEquals(0, one.code(), one.err());
        assertEquals(withoutTimes(one.out()), withoutTimes(two.out()));
    }

    /** Drops wall times and thread counts from JSON output. */
    private static String withoutTimes(String json) {
        return json.replaceAll("\"(wall\\w*|threads|seconds)\"\\s*:\\s*[0-9.eE+-]+", "\"$1\":T");
    }

    @Test
    void badSchedulesAreOneLineNamingWhereTheyCameFrom() {
        CompareCommandTest.expectUsageError(List.of("--try", "momentum lr=0.1 momentum=0.9 lr-schedule=cosin"),
                "m4j compare: --try: bad lr-schedule in \"momentum lr=0.1 momentum=0.9 lr-schedule=cosin\":");
        CompareCommandTest.expectUsageError(List.of("--try", "sgd lr=0.1 lr-schedule="),
                "m4j compare: --try: 'lr-schedule=' in \"sgd lr=0.1 lr-schedule=\" needs a schedule after '='");
        CompareCommandTest.expectUsageError(List.of("--try", "sgd lr=0.1 momentum-schedule=ramp"),
                "m4j compare: --try: 'sgd lr=0.1 momentum-schedule=ramp': sgd has no momentum");
        CompareCommandTest.expectUsageError(List.of("--lr-schedule", "cosine:epochs=x"), "m4j compare: --lr-schedule:");
        CompareCommandTest.expectUsageError(List.of("--momentum-schedule", "ramp:from=0.5,to=1.5"),
                "m4j compare: --momentum-schedule: 'article lr=0.05 momentum=0.75 momentum-schedule=ramp:to=1.5': momentum schedule");
        CompareCommandTest.expectUsageError(List.of("--validation-fraction", "0", "--lr-schedule", "plateau"),
                "m4j compare: --lr-schedule: 'sgd lr=0.05 lr-schedule=plateau'");
        expectTune(List.of("--lr-schedule", "cosin"), "m4j tune: --lr-schedule:");
        expectTune(List.of("--momentum-schedule", "plateau"), "m4j tune: --momentum-schedule:");
        expectTune(List.of("--momentum-schedule", "ramp:from=0.5,to=1.5"), "m4j tune: --momentum-schedule: momentum"
                + " schedule 'ramp:to=1.5' gives");
        expectTune(List.of("--optimizers", "rprop", "--batch-sizes", "full", "--lr-schedule", "cosine"),
                "m4j tune: --lr-schedule: rprop sets its own step sizes");
    }

    private static void expectTune(List<String> args, String expected) {
        Cli run = Cli.run(CompareCommandTest.concat(new String[] {"tune"}, args.toArray(String[]::new)));
        assertEquals(2, run.code(), args + ": " + run.err());
        assertTrue(run.errLines().get(0).startsWith(expected), args + ": " + run.errLines().get(0));
        assertEquals(2, run.errLines().size(), "one line and the hint: " + run.err());
    }
}
