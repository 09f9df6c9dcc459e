package org.massode.dynamics;

import java.nio.FloatBuffer;
import org.massode.nd.DirectFloats;
import org.massode.nd.ParallelRanges;

/**
 * The element-wise parts of {@link WilsonCowanSystem} for float states, each as one pass of plain Java over native
 * memory ({@link DirectFloats}) instead of a dozen ND4J ops (each a dispatch plus a full sweep over [B, N]).
 * The gemms stay in ND4J; the sigmoid is {@link FastTanh#sigmoid} in a row pass ({@link TanhRows}), several times faster
 * than ND4J's sigmoid on this CPU.
 * Index i runs over the B·N entries of one half; the other half is at offset B·N. With k₁ = 2β₁, k₂ = 2β₂:
 * <ul>
 *   <li>{@link #preActivations}: z₁ += k₁(wEE·x − wEI·y + hE) (z₁ already holds k₁/√N·(A x)),
 *       z₂ = k₂(wIE·x − wII·y + hI);</li>
 *   <li>{@link #drift}: with σ = sigmoid(z), fE = 2fe1·σ₁ + fe2 − fe1, fI = 2fi1·σ₂ + fi2 − fi1:
 *       ẋ = fE − x(fE + aE), ẏ = (fI − y(fI + aI))/γ;</li>
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

    /** s: state [2B, N]; z: pre-activations [2B, N] whose first half holds k₁/√N·(A x). */
    void preActivations(DirectFloats s, DirectFloats z, int half) {
        ParallelRanges.run(half, (from, to) -> {
            preActivations(s, z, half, from, to);
            return 0;
        });
    }

    private void preActivations(DirectFloats s, DirectFloats z, int half, int from, int to) {
        float k1 = (float) (2 * c.beta1());
        float k2 = (float) (2 * c.beta2());
        float ee = k1 * (float) c.wEE();
        float ei = -k1 * (float) c.wEI();
        float he = k1 * (float) c.hE();
        float ie = k2 * (float) c.wIE();
        float ii = -k2 * (float) c.wII();
        float hi = k2 * (float) c.hI();
        FloatBuffer sb = s.buf;
        FloatBuffer zb = z.buf;
        int xs = s.base;
        int ys = s.base + half;
        int z1 = z.base;
        int z2 = z.base + half;
        for (int i = from; i < to; i++) {
            float x = sb.get(xs + i);
            float y = sb.get(ys + i);
            zb.put(z1 + i, zb.get(z1 + i) + ee * x + ei * y + he);
            zb.put(z2 + i, ie * x + ii * y + hi);
        }
    }

    /** s: state, sig: sigmoid(z), out: ds/dt, all [2B, N]. */
    void drift(DirectFloats s, DirectFloats sig, DirectFloats out, int half, double gamma) {
        ParallelRanges.run(half, (from, to) -> {
            drift(s, sig, out, half, gamma, from, to);
            return 0;
        });
    }

    private void drift(DirectFloats s, DirectFloats sig, DirectFloats out, int half, double gamma, int from, int to) {
        float e1 = (float) (2 * c.fe1());
        float e0 = (float) (c.fe2() - c.fe1());
        float ae = (float) c.aE();
        float i1 = (float) (2 * c.fi1());
        float i0 = (float) (c.fi2() - c.fi1());
        float ai = (float) c.aI();
        float invG = (float) (1 / gamma);
        FloatBuffer sb = s.buf;
        FloatBuffer qb = sig.buf;
        FloatBuffer ob = out.buf;
        for (int i = from; i < to; i++) {
            float x = sb.get(s.base + i);
            float y = sb.get(s.base + half + i);
            float fE = e1 * qb.get(sig.base + i) + e0;
            float fI = i1 * qb.get(sig.base + half + i) + i0;
            ob.put(out.base + i, fE - x * (fE + ae));
            ob.put(out.base + half + i, (fI - y * (fI + ai)) * invG);
        }
    }

    /**
     * s: state, sig: the cached sigmoids, abar: cotangent, all [2B, N]; writes g₁ into g1 [B, N] and the non-gemm
     * part of (x̄, ȳ) into out [2B, N]. Returns Σ āy·(fI − y(fI + aI)) for γ̄.
     */
    double cotangents(DirectFloats s, DirectFloats sig, DirectFloats abar, DirectFloats g1, DirectFloats out,
                      int half, double gamma) {
        return ParallelRanges.run(half, (from, to) -> cotangents(s, sig, abar, g1, out, half, gamma, from, to));
    }

    private double cotangents(DirectFloats s, DirectFloats sig, DirectFloats abar, DirectFloats g1, DirectFloats out,
                              int half, double gamma, int from, int to) {
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
        FloatBuffer sb = s.buf;
        FloatBuffer qb = sig.buf;
        FloatBuffer ab = abar.buf;
        FloatBuffer gb = g1.buf;
        FloatBuffer ob = out.buf;
        double gammaSum = 0;
        for (int i = from; i < to; i++) {
            float x = sb.get(s.base + i);
            float y = sb.get(s.base + half + i);
            float q1 = qb.get(sig.base + i);
            float q2 = qb.get(sig.base + half + i);
            float ax = ab.get(abar.base + i);
            float ay = ab.get(abar.base + half + i);
            float gg1 = ax * (1 - x) * q1 * (1 - q1) * c1;
            float gg2 = ay * (1 - y) * q2 * (1 - q2) * c2;
            float fI = i1 * q2 + i0;
            gb.put(g1.base + i, gg1);
            ob.put(out.base + i, ee * gg1 + ie * gg2 - ax * (e1 * q1 + e0));
            ob.put(out.base + half + i, -ay * (fI + ai) * invG - ei * gg1 - ii * gg2);
            gammaSum += ay * (fI - y * (fI + ai));
        }
        return gammaSum;
    }
}
