package org.momentum4j.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class TrainingConfigTest {

    @Test
    void factoriesSetTheBatchSize() {
        assertEquals(new TrainingConfig(10, 1, 3), TrainingConfig.online(10, 3));
        assertEquals(new TrainingConfig(10, Integer.MAX_VALUE, 3), TrainingConfig.fullBatch(10, 3));
    }

    @Test
    void rejectsFewerThanOneEpochOrItemPerBatch() {
        assertRejected(() -> new TrainingConfig(0, 1, 1), "epochs", "at least 1", "got 0");
        assertRejected(() -> new TrainingConfig(5, 0, 1), "batch size", "at least 1", "got 0");
        assertRejected(() -> new TrainingConfig(5, -3, 1), "batch size", "at least 1", "got -3");
    }
}
