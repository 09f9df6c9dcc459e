package org.massode.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Retrieval at low load and low corruption, and the IDP model on a mixed input with one dominant memory. */
class RetrievalTest {

    private static RetrievalExperiment.Result run(String model, Corruption c, double noise) {
        MemoryModel m = MemoryModels.build(MemorySettings.defaults(model, 100, 4, 3));
        return RetrievalExperiment.builder().trials(40).corruption(c).noise(noise).horizon(15).seed(3).build().run(m);
    }

    @Test
    void everyModelRetrievesAtLowLoadAndLowNoise() {
        for (String model : new String[]{"fr-ei", "classic", "idp", "idp-softmax"}) {
            RetrievalExperiment.Result r = run(model, new Corruption(Corruption.Kind.ERASE, 0.05), 0.01);
            assertTrue(r.successRate() >= 0.95, model + ": success " + r.successRate() + ", mean overlap " + r.meanOverlap());
        }
        RetrievalExperiment.Result flips = run("idp", new Corruption(Corruption.Kind.FLIP, 0.1), 0);
        assertTrue(flips.successRate() >= 0.95, "idp with 10 % flips: " + flips.successRate());
    }

    @Test
    void idpConvergesToTheDominantMemoryOfAMixedInput() {
        MemoryModel m = MemoryModels.build(MemorySettings.defaults("idp", 100, 8, 4));
        RetrievalExperiment.Result r = RetrievalExperiment.builder().trials(40).mixture(0.4, 3).horizon(15).seed(4)
                .build().run(m);
        assertTrue(r.successRate() >= 0.95, "idp on 0.4·ξ + 0.2·(3 others): " + r.successRate());
    }
}
