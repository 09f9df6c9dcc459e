package org.massode.meanfield;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Distances between finite networks and the mean-field limit, per network size N:
 * <pre>d_m = sup_t |m_N(t) − m(t)|,   d_C = sup_{t,s} |C_N(t, s) − C(t, s)|,</pre>
 * averaged over the independent networks (coupling realizations) of that size, and the slopes of log d against log N
 * (least squares). Fluctuations of an empirical mean over N weakly dependent neurons predict a slope of −1/2.
 */
public final class FiniteSizeComparison {
    private FiniteSizeComparison() {
    }

    /** Distances of one network size; {@code *Sem} are standard errors of the mean over networks (NaN for one). */
    public record SizeDistance(int neurons, int networks, double meanDistance, double meanDistanceSem,
                               double covarianceDistance, double covarianceDistanceSem, double seconds) {
    }

    /** Both fitted slopes and the distances they were fitted on. */
    public record Result(List<SizeDistance> sizes, double meanSlope, double covarianceSlope,
                         double meanSlopeStdError, double covarianceSlopeStdError) {
    }

    public static SizeDistance distances(MeanFieldSolution limit, FiniteNetwork.Run run) {
        SummaryStatistics dm = new SummaryStatistics();
        SummaryStatistics dc = new SummaryStatistics();
        for (FieldStatistics net : run.networks()) {
            dm.addValue(MeanFieldSolver.supDistance(net.mean(), limit.mean()));
            dc.addValue(MeanFieldSolver.supDistance(net.covariance(), limit.covariance()));
        }
        long n = dm.getN();
        double semM = n > 1 ? dm.getStandardDeviation() / Math.sqrt(n) : Double.NaN;
        double semC = n > 1 ? dc.getStandardDeviation() / Math.sqrt(n) : Double.NaN;
        return new SizeDistance(run.neurons(), (int) n, dm.getMean(), semM, dc.getMean(), semC, run.seconds());
    }

    /** Fits log d = a + slope·log N for d_m and d_C; needs at least two sizes. */
    public static Result fit(List<SizeDistance> sizes) {
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("N (--N) must list at least 2 network sizes to fit a slope, got "
                    + sizes.size());
        }
        SimpleRegression m = new SimpleRegression();
        SimpleRegression c = new SimpleRegression();
        for (SizeDistance s : sizes) {
            m.addData(Math.log(s.neurons()), Math.log(s.meanDistance()));
            c.addData(Math.log(s.neurons()), Math.log(s.covarianceDistance()));
        }
        return new Result(new ArrayList<>(sizes), m.getSlope(), c.getSlope(), m.getSlopeStdErr(),
                c.getSlopeStdErr());
    }
}
