package org.massode.dynamics;

import org.massode.nd.DirectFloats;
import org.massode.nd.FiniteLanes;
import org.massode.nd.ParallelRanges;
import org.massode.nd.RowScratch;

/**
 * The element-wise parts of {@link WilsonCowanSystem} for float states, as row passes of plain Java over native
 * memory ({@link DirectFloats}) instead of a dozen ND4J ops (each a dispatch plus a full sweep over [B, N]). For
 * each batch row r the excitatory row r and the inhibitory row B + r of every operand are bulk-copied into per-thread
 * float[]s, transformed by loops the JIT vectorizes, and copied back; batch rows are split across the cores. The
 * gemms stay in ND4J; the sigmoid is {@link FastTanh#sigmoid}. With k₁ = 2β₁, k₂ = 2β₂:
 * <ul>
 *   <li>{@link #rhs}: z₁ = (k₁/√N·A x, from the gemm) + k₁(wEE·x − wEI·y + hE), z₂ = k₂(wIE·x − wII·y + hI),
 *       σ = sigmoid(z) (the cache), fE = 2fe1·σ₁ + fe2 − fe1, fI = 2fi1·σ₂ + fi2 − fi1,
 *       ẋ = fE − x(fE + aE), ẏ = (fI − y(fI + aI))/γ — one pass instead of three;</li>
 *   <li>{@link #cotangents}: g₁ = āx(1 − x)σ₁(1 − σ₁)·4fe1β₁, g₂ = āy(1 − y)σ₂(1 − σ₂)·4fi1β₂/γ,
 *       x̄ = wEE·g₁ + wIE·g₂ − āx(aE + fE) (the gemm term is added afterwards),
 *       ȳ = −āy(aI + fI)/γ − wEI·g₁ − wII·g₂; returns Σ āy·(fI − y(fI + aI)), from which γ̄ = −Σ/γ².</li>
 * </ul>
 */
final class WilsonCowanFused {
    private final WilsonCowanConstants c;

    WilsonCowanFused(WilsonCowanConstants c) {
        this.c = c;
    }

    /**
     * s: state [2B, N]; cache: [2B, N] whose first half holds k₁/√N·(A x) and receives σ₁, second half σ₂;
     * out: ds/dt [2B, N].
     */
    void rhs(DirectFloats s, DirectFloats cache, DirectFloats out, int b, int n, double gamma) {
        pass(s, cache, out, null, Float.NaN, b, n, gamma);
    }

    /**
     * An Euler step s' = s + h·ds/dt in the same pass: out receives s' instead of ds/dt and {@code sCopy} (when not
     * null) a copy of s, what reverse mode records. Returns whether every element of s' is finite.
     */
    boolean eulerStep(DirectFloats s, DirectFloats cache, DirectFloats out, DirectFloats sCopy, float h, int b,
                      int n, double gamma) {
        return pass(s, cache, out, sCopy, h, b, n, gamma);
    }

    /** The rhs pass; h = NaN writes ds/dt, else s + h·ds/dt (and the copy of s). */
    private boolean pass(DirectFloats s, DirectFloats cache, DirectFloats out, DirectFloats sCopy, float h, int b,
                         int n, double gamma) {
        boolean euler = !Float.isNaN(h);
        float k1 = (float) (2 * c.beta1());
        float k2 = (float) (2 * c.beta2());
        float ee = k1 * (float) c.wEE();
        float ei = -k1 * (float) c.wEI();
        float he = k1 * (float) c.hE();
        float ie = k2 * (float) c.wIE();
        float ii = -k2 * (float) c.wII();
        float hi = k2 * (float) c.hI();
        float e1 = (float) (2 * c.fe1());
        float e0 = (float) (c.fe2() - c.fe1());
        float ae = (float) c.aE();
        float i1 = (float) (2 * c.fi1());
        float i0 = (float) (c.fi2() - c.fi1());
        float ai = (float) c.aI();
        float invG = (float) (1 / gamma);
        int half = b * n;
        double bad = ParallelRanges.runRows(b, 5 * n, (from, to) -> {
            float[][] r = RowScratch.rows(5, n);
            float[] x = r[0];
            float[] y = r[1];
            float[] z1 = r[2];
            float[] z2 = r[3];
            float[] lanes = r[4];
            FiniteLanes.clear(lanes, n);
            for (int row = from; row < to; row++) {
                int ox = row * n;
                int oy = half + ox;
                s.read(ox, x, n);
                s.read(oy, y, n);
                if (sCopy != null) {
                    sCopy.write(ox, x, n);
                    sCopy.write(oy, y, n);
                }
                cache.read(ox, z1, n);
                for (int j = 0; j < n; j++) z1[j] += ee * x[j] + ei * y[j] + he;
                for (int j = 0; j < n; j++) z2[j] = ie * x[j] + ii * y[j] + hi;
                FastTanh.sigmoid(z1, n);
                FastTanh.sigmoid(z2, n);
                cache.write(ox, z1, n);
                cache.write(oy, z2, n);
                if (euler) {
                    for (int j = 0; j < n; j++) {
                        float fE = e1 * z1[j] + e0;
                        x[j] = x[j] + h * (fE - x[j] * (fE + ae));
                    }
                    for (int j = 0; j < n; j++) {
                        float fI = i1 * z2[j] + i0;
                        y[j] = y[j] + h * ((fI - y[j] * (fI + ai)) * invG);
                    }
                    FiniteLanes.add(lanes, x, n);
                    FiniteLanes.add(lanes, y, n);
                } else {
                    for (int j = 0; j < n; j++) {
                        float fE = e1 * z1[j] + e0;
                        x[j] = fE - x[j] * (fE + ae);
                    }
                    for (int j = 0; j < n; j++) {
                        float fI = i1 * z2[j] + i0;
                        y[j] = (fI - y[j] * (fI + ai)) * invG;
                    }
                }
                out.write(ox, x, n);
                out.write(oy, y, n);
            }
            return FiniteLanes.allFinite(lanes, n) ? 0 : 1;
        });
        return bad == 0;
    }

    /**
     * s: state, sig: the cached sigmoids, abar: cotangent, all [2B, N]; writes g₁ into g1 [B, N] and the non-gemm
     * part of (x̄, ȳ) into out [2B, N]. Returns Σ āy·(fI − y(fI + aI)) for γ̄.
     */
    double cotangents(DirectFloats s, DirectFloats sig, DirectFloats abar, DirectFloats g1, DirectFloats out,
                      int b, int n, double gamma) {
        return cotangents(s, sig, abar, g1, out, b, n, gamma, 1f, false);
    }

    /**
     * The same with the cotangent scaled by α (g₁ and the returned sum included), and, when {@code accumulate},
     * out ← ā + α·(x̄, ȳ) instead of out ← (x̄, ȳ): the reverse Euler step ā + h·āᵀ·∂f/∂s without separate scale and
     * add passes. out may be abar itself: each row is read before it is written.
     */
    double cotangents(DirectFloats s, DirectFloats sig, DirectFloats abar, DirectFloats g1, DirectFloats out,
                      int b, int n, double gamma, float alpha, boolean accumulate) {
        float keep = accumulate ? 1f : 0f;
        float c1 = (float) (4 * c.fe1() * c.beta1());
        float c2 = (float) (4 * c.fi1() * c.beta2() / gamma);
        float e1 = (float) (2 * c.fe1());
        float e0 = (float) (c.fe2() - c.fe1() + c.aE());
        float i1 = (float) (2 * c.fi1());
        float i0 = (float) (c.fi2() - c.fi1());
        float ai = (float) c.aI();
        float ee = (float) c.wEE();
        float ie = (float) c.wIE();
        float ei = (float) c.wEI();
        float ii = (float) c.wII();
        float invG = (float) (1 / gamma);
        int half = b * n;
        return ParallelRanges.runRows(b, 9 * n, (from, to) -> {
            float[][] r = RowScratch.rows(9, n);
            float[] x = r[0];
            float[] y = r[1];
            float[] q1 = r[2];
            float[] q2 = r[3];
            float[] ax = r[4];
            float[] ay = r[5];
            float[] gg1 = r[6];
            float[] gg2 = r[8];
            // per-lane partial sums keep the loop vectorizable; summed in double at the end of the block
            float[] lanes = r[7];
            java.util.Arrays.fill(lanes, 0, n, 0f);
            for (int row = from; row < to; row++) {
                int ox = row * n;
                int oy = half + ox;
                s.read(ox, x, n);
                s.read(oy, y, n);
                sig.read(ox, q1, n);
                sig.read(oy, q2, n);
                abar.read(ox, ax, n);
                abar.read(oy, ay, n);
                // one store per loop: C2 (JDK 17) left the single loop with five stores scalar, 5x slower
                for (int j = 0; j < n; j++) gg1[j] = alpha * ax[j] * (1 - x[j]) * q1[j] * (1 - q1[j]) * c1;
                for (int j = 0; j < n; j++) gg2[j] = alpha * ay[j] * (1 - y[j]) * q2[j] * (1 - q2[j]) * c2;
                for (int j = 0; j < n; j++) {
                    float fI = i1 * q2[j] + i0;
                    lanes[j] += alpha * ay[j] * (fI - y[j] * (fI + ai));
                }
                for (int j = 0; j < n; j++) {
                    x[j] = keep * ax[j] + ee * gg1[j] + ie * gg2[j] - alpha * ax[j] * (e1 * q1[j] + e0);
                }
                for (int j = 0; j < n; j++) {
                    y[j] = keep * ay[j] - alpha * ay[j] * (i1 * q2[j] + i0 + ai) * invG - ei * gg1[j] - ii * gg2[j];
                }
                g1.write(ox, gg1, n);
                out.write(ox, x, n);
                out.write(oy, y, n);
            }
            double sum = 0;
            for (int j = 0; j < n; j++) sum += lanes[j];
            return sum;
        });
    }
}
