package org.massode.layers;

/**
 * The index arithmetic of a valid k×k convolution (stride 1) followed by ReLU and 2×2 max-pooling (stride 2, floor),
 * on flat row-major arrays: images [B, C, H, W], columns [B·Ho·Wo, C·k·k] (Ho = H − k + 1), pre-activations
 * [B·Ho·Wo, F], pooled output [B, F, Hp, Wp] (Hp = ⌊Ho/2⌋). The products in between are gemms done by ND4J.
 */
final class ConvPoolKernels {
    final int channels;
    final int height;
    final int width;
    final int kernel;
    final int filters;
    final int outH;
    final int outW;
    final int poolH;
    final int poolW;

    ConvPoolKernels(int channels, int height, int width, int kernel, int filters) {
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.kernel = kernel;
        this.filters = filters;
        this.outH = height - kernel + 1;
        this.outW = width - kernel + 1;
        this.poolH = outH / 2;
        this.poolW = outW / 2;
    }

    int patch() {
        return channels * kernel * kernel;
    }

    int inputSize() {
        return channels * height * width;
    }

    int outputSize() {
        return filters * poolH * poolW;
    }

    /** cols[(b, oy, ox), (c, ky, kx)] = in[b, c, oy + ky, ox + kx]. */
    void im2col(double[] in, int batch, double[] cols) {
        int k = kernel;
        int p = patch();
        for (int b = 0; b < batch; b++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    int row = ((b * outH + oy) * outW + ox) * p;
                    for (int c = 0; c < channels; c++) {
                        int plane = (b * channels + c) * height;
                        for (int ky = 0; ky < k; ky++) {
                            int src = (plane + oy + ky) * width + ox;
                            int dst = row + (c * k + ky) * k;
                            System.arraycopy(in, src, cols, dst, k);
                        }
                    }
                }
            }
        }
    }

    /** The adjoint of {@link #im2col}: dIn[b, c, oy + ky, ox + kx] += dCols[(b, oy, ox), (c, ky, kx)]. */
    void col2im(double[] dCols, int batch, double[] dIn) {
        int k = kernel;
        int p = patch();
        java.util.Arrays.fill(dIn, 0, batch * inputSize(), 0);
        for (int b = 0; b < batch; b++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    int row = ((b * outH + oy) * outW + ox) * p;
                    for (int c = 0; c < channels; c++) {
                        int plane = (b * channels + c) * height;
                        for (int ky = 0; ky < k; ky++) {
                            int dst = (plane + oy + ky) * width + ox;
                            int src = row + (c * k + ky) * k;
                            for (int kx = 0; kx < k; kx++) dIn[dst + kx] += dCols[src + kx];
                        }
                    }
                }
            }
        }
    }

    /**
     * out[b, f, py, px] = max(0, max over the 2×2 window of z[(b, 2py + i, 2px + j), f]); {@code argmax} gets the
     * flat index into z of the winner, or −1 where the ReLU cut everything (no gradient flows there).
     */
    void reluMaxPool(double[] z, int batch, double[] out, int[] argmax) {
        for (int b = 0; b < batch; b++) {
            for (int f = 0; f < filters; f++) {
                for (int py = 0; py < poolH; py++) {
                    for (int px = 0; px < poolW; px++) {
                        double best = 0;
                        int at = -1;
                        for (int i = 0; i < 2; i++) {
                            for (int j = 0; j < 2; j++) {
                                int idx = ((b * outH + 2 * py + i) * outW + 2 * px + j) * filters + f;
                                double v = z[idx];
                                if (v > best) {
                                    best = v;
                                    at = idx;
                                }
                            }
                        }
                        int o = ((b * filters + f) * poolH + py) * poolW + px;
                        out[o] = best;
                        argmax[o] = at;
                    }
                }
            }
        }
    }

    /** The adjoint of {@link #reluMaxPool}: gradient to the winners only. */
    void reluMaxPoolBackward(double[] dOut, int[] argmax, int batch, double[] dz) {
        java.util.Arrays.fill(dz, 0, batch * outH * outW * filters, 0);
        int n = batch * outputSize();
        for (int o = 0; o < n; o++) {
            if (argmax[o] >= 0) dz[argmax[o]] += dOut[o];
        }
    }
}
