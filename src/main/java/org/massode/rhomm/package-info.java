/**
 * The Recurrent Hopfield Mass Model (RHoMM; Gili, de Pasquale, Della Penna et al., Neural Networks 170, 2024;
 * Ferrazza … Della Penna, 2026): effective connectivity J estimated from binarized band-limited-power signals by
 * training an asymmetric recurrent Hopfield network ŝ(t+1) = tanh(β·(J·s(t) + b)) with backpropagation through
 * time.
 *
 * <p>Data flow: {@link org.massode.rhomm.SignalFiles} (CSV / .npy) → {@link org.massode.rhomm.Binarizer} →
 * {@link org.massode.rhomm.TrainingWindows} → {@link org.massode.rhomm.RhommTrainer} (loss and BPTT gradient in
 * {@link org.massode.rhomm.RhommLoss}) → {@link org.massode.rhomm.RhommFit}, compared by
 * {@link org.massode.rhomm.ConnectivityMetrics} with a ground truth from {@link org.massode.rhomm.ObjectiveNetwork}
 * simulated by {@link org.massode.rhomm.GlauberSimulator}.
 */
package org.massode.rhomm;
