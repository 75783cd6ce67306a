package org.momentum4j.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.momentum4j.Rejections.assertRejected;

import org.junit.jupiter.api.Test;

class MomentumFormTest {

    @Test
    void parsesItsIdsAndTheFrameworkAliases() {
        for (MomentumForm form : MomentumForm.values()) {
            assertEquals(form, MomentumForm.parse(form.id()), "id round-trips");
        }
        assertEquals(MomentumForm.LR_INSIDE, MomentumForm.parse(" Keras "));
        assertEquals(MomentumForm.LR_INSIDE, MomentumForm.parse("sutskever"));
        assertEquals(MomentumForm.LR_OUTSIDE, MomentumForm.parse("PyTorch"));
    }

    @Test
    void anUnknownFormNamesWhatIsAccepted() {
        assertRejected(() -> MomentumForm.parse("tensorflow"), "'tensorflow'", "lr-inside", "lr-outside");
    }
}
