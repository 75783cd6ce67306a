package org.momentum4j.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.momentum4j.diagnostics.LayerDiagnostics;
import org.momentum4j.diagnostics.MomentumDiagnostics;
import org.momentum4j.optim.Sgd;

/** A comparison whose runs are watched by {@link MomentumDiagnostics}: same bits, and the measurements come back. */
class ObservedComparisonTest {

    @Test
    void observingTheFirstSeedChangesNoResultAndMeasuresEveryEpoch() {
        // Iris 4-5-3 online: every default rule has a row kernel and the layers are narrow, so the unobserved runs
        // take the fused path and the observed ones the generic path; both must give the same bits.
        Comparison c = DefaultComparison.iris().withEpochs(6).withSeeds(List.of(3L, 4L));
        Map<Setting, MomentumDiagnostics> measured = new LinkedHashMap<>();
        RunObservers firstSeed = (setting, seed, network) -> {
            if (seed != c.seeds().get(0)) {
                return null;
            }
            MomentumDiagnostics d = new MomentumDiagnostics(network.architecture(), network.parameters());
            measured.put(setting, d);
            return d;
        };
        ComparisonResult plain = new Comparer(2).run(c);
        ComparisonResult observed = new Comparer(2).observing(firstSeed).run(c);

        assertEquals(plain.runs().size(), observed.runs().size());
        for (int i = 0; i < plain.runs().size(); i++) {
            RunResult p = plain.runs().get(i);
            RunResult o = observed.runs().get(i);
            assertEquals(p.curve(), o.curve(), p.label() + ", seed " + p.seed());
            assertArrayEquals(p.network().parameters(), o.network().parameters(), p.label() + ", seed " + p.seed());
        }
        // Threads start runs in any order, so compare as sets.
        assertEquals(Set.copyOf(c.settings()), Set.copyOf(measured.keySet()),
                "one instrument per setting, first seed only");
        for (Map.Entry<Setting, MomentumDiagnostics> e : measured.entrySet()) {
            List<LayerDiagnostics> history = e.getValue().history();
            assertEquals(6 * 2, history.size(), "6 epochs x 2 layers for " + e.getKey().describe());
            if (e.getKey().optimizer() instanceof Sgd) {
                // Plain SGD moves each weight by exactly lr*|g|: the ratio is 1 up to rounding.
                for (LayerDiagnostics d : history) {
                    assertEquals(1.0, d.effectiveP50(), 1e-9, d.toString());
                }
            }
        }
    }
}
