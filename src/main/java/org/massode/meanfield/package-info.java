/**
 * Mean-field limit of large fully connected networks of Hopfield-like neurons, after Faugeras &amp; Tanré, <i>A new
 * twist on the large size limit behaviour of networks of Hopfield-like neurons</i> (HAL hal-04391216, 2024).
 * <p>
 * Finite network ({@link org.massode.meanfield.FiniteNetwork}):
 * dXⁱ = (−Xⁱ + Σⱼ Jᵢⱼ·f(Xʲ))·dt + λ·dWⁱ with Jᵢⱼ i.i.d. N(J/N, σ²/N) and X₀ⁱ i.i.d. N(μ₀, s₀²).
 * Limit ({@link org.massode.meanfield.MeanFieldSolver}): dX = (−X + η_t)·dt + λ·dW with η Gaussian, independent of
 * (X₀, W), mean J·m(t) and covariance σ²·C(t, s), where m(t) = E[f(X_t)] and C(t, s) = E[f(X_t)·f(X_s)] close the
 * loop. The pieces: {@link org.massode.meanfield.TimeGrid} (Euler–Maruyama grid),
 * {@link org.massode.meanfield.GaussianFieldSampler} with {@link org.massode.meanfield.JitteredCholesky} (field paths),
 * {@link org.massode.meanfield.EffectiveNeuronSimulator} (M independent limit neurons),
 * {@link org.massode.meanfield.FieldStatistics} (moments and their Monte Carlo errors),
 * {@link org.massode.meanfield.FiniteSizeComparison} (distances and N-slopes).
 */
package org.massode.meanfield;
