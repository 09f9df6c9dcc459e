package org.massode.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCardConfigTest {

    @Test
    void configFromCardReadsTheTrainingConfigurationSoEvaluateCanReuseItsBatch(@TempDir Path dir) throws Exception {
        Path card = dir.resolve(ModelStore.CARD);
        Files.writeString(card, "{\"name\": \"x\", \"config\": {\"name\": \"x\", \"dataset\": \"mnist\", \"model\": \"wc\","
                + " \"nodes\": 784, \"classes\": 10, \"batch\": 100}}");
        assertEquals(100, ModelStore.configFromCard(card).batch());
    }

    @Test
    void aCardWithoutAConfigObjectIsAnErrorNamingTheCard(@TempDir Path dir) throws Exception {
        Path card = dir.resolve(ModelStore.CARD);
        Files.writeString(card, "{\"name\": \"x\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelStore.configFromCard(card));
        assertTrue(e.getMessage().contains(card.toString()) && e.getMessage().contains("config"), e.getMessage());
    }

    @Test
    void batchFromCardReadsAnyModelKindsCard(@TempDir Path dir) throws Exception {
        Path card = dir.resolve(ModelStore.CARD);
        Files.writeString(card, "{\"config\": {\"model\": \"cnn-wc\", \"convChannels\": 32, \"batch\": 100}}");
        assertEquals(100, ModelStore.batchFromCard(card).getAsInt());
        Files.writeString(card, "{\"name\": \"x\"}");
        assertTrue(ModelStore.batchFromCard(card).isEmpty());
    }
}
