package dev.ami.worldmodel.planning.eval;

/**
 * Least-squares linear map latent → (x, y) with a bias (tiny ridge for stability), fitted on one set
 * of frames and scored by R² (mean over x and y) on another.
 */
public final class LinearProbe {

    private final double[][] weights; // (D+1, 2)

    private LinearProbe(double[][] weights) {
        this.weights = weights;
    }

    public static LinearProbe fit(float[][] latents, float[] positions) {
        int d = latents[0].length + 1;
        double[][] xtx = new double[d][d];
        double[][] xty = new double[d][2];
        for (int i = 0; i < latents.length; i++) {
            double[] row = withBias(latents[i]);
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    xtx[a][b] += row[a] * row[b];
                }
                xty[a][0] += row[a] * positions[2 * i];
                xty[a][1] += row[a] * positions[2 * i + 1];
            }
        }
        for (int a = 0; a < d; a++) {
            xtx[a][a] += 1e-6 * latents.length;
        }
        return new LinearProbe(solve(xtx, xty));
    }

    /** Mean R² over the two outputs on the given frames. */
    public double r2(float[][] latents, float[] positions) {
        double r2 = 0;
        for (int k = 0; k < 2; k++) {
            double mean = 0;
            for (int i = 0; i < latents.length; i++) {
                mean += positions[2 * i + k];
            }
            mean /= latents.length;
            double res = 0;
            double tot = 0;
            for (int i = 0; i < latents.length; i++) {
                double[] row = withBias(latents[i]);
                double pred = 0;
                for (int a = 0; a < row.length; a++) {
                    pred += row[a] * weights[a][k];
                }
                double y = positions[2 * i + k];
                res += (y - pred) * (y - pred);
                tot += (y - mean) * (y - mean);
            }
            r2 += 1 - res / tot;
        }
        return r2 / 2;
    }

    private static double[] withBias(float[] z) {
        double[] row = new double[z.length + 1];
        for (int i = 0; i < z.length; i++) {
            row[i] = z[i];
        }
        row[z.length] = 1;
        return row;
    }

    /** Gaussian elimination with partial pivoting on A X = B (A is overwritten). */
    private static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col]; a[col] = a[pivot]; a[pivot] = t;
            double[] u = b[col]; b[col] = b[pivot]; b[pivot] = u;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                for (int c = 0; c < m; c++) {
                    b[r][c] -= f * b[col][c];
                }
            }
        }
        double[][] x = new double[n][m];
        for (int r = n - 1; r >= 0; r--) {
            for (int c = 0; c < m; c++) {
                double s = b[r][c];
                for (int k = r + 1; k < n; k++) {
                    s -= a[r][k] * x[k][c];
                }
                x[r][c] = s / a[r][r];
            }
        }
        return x;
    }
}
