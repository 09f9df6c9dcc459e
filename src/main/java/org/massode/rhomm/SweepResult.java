package org.massode.rhomm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.massode.io.AtomicFiles;

/**
 * The rows of a sweep and what is derived from them: per (N, topology, normalization, bias) the usable η interval
 * (converged and EC error below the threshold), and per (N, topology, bias) the comparison of no normalization
 * against L1 normalization on the four points of the paper's claim.
 */
public record SweepResult(List<SweepRow> rows, double seconds) {

    /** Usable learning rates of one setting. */
    public record Interval(int nodes, Topology topology, RhommConfig.Normalization normalization, boolean bias,
                           int usable, double lrMin, double lrMax, double bestError, int fastestEpochs) {
        double decades() {
            return usable == 0 ? Double.NaN : Math.log10(lrMax / lrMin);
        }
    }

    public List<Interval> intervals(double threshold) {
        Map<String, List<SweepRow>> groups = new LinkedHashMap<>();
        for (SweepRow r : rows) {
            groups.computeIfAbsent(r.nodes() + "|" + r.topology() + "|" + r.normalization() + "|" + r.bias(),
                    k -> new ArrayList<>()).add(r);
        }
        List<Interval> out = new ArrayList<>();
        for (List<SweepRow> g : groups.values()) {
            SweepRow first = g.get(0);
            List<SweepRow> good = g.stream().filter(r -> r.converged() && r.ecError() < threshold).toList();
            double lo = good.stream().mapToDouble(SweepRow::learningRate).min().orElse(Double.NaN);
            double hi = good.stream().mapToDouble(SweepRow::learningRate).max().orElse(Double.NaN);
            double best = g.stream().filter(SweepRow::converged).mapToDouble(SweepRow::ecError).min()
                    .orElse(Double.NaN);
            int fastest = g.stream().filter(SweepRow::converged).mapToInt(SweepRow::epochs).min().orElse(-1);
            out.add(new Interval(first.nodes(), first.topology(), first.normalization(), first.bias(), good.size(), lo,
                    hi, best, fastest));
        }
        return out;
    }

    /** One line per (N, topology, bias): does "no normalization" beat L1 on each point of the claim? */
    public record ClaimCheck(int nodes, Topology topology, boolean bias, boolean widerInterval, boolean largerRates,
                             boolean fasterConvergence, boolean lowerError) {
        boolean all() {
            return widerInterval && largerRates && fasterConvergence && lowerError;
        }
    }

    public List<ClaimCheck> claim(double threshold) {
        List<Interval> iv = intervals(threshold);
        List<ClaimCheck> out = new ArrayList<>();
        for (Interval none : iv) {
            if (none.normalization() != RhommConfig.Normalization.NONE) continue;
            for (Interval l1 : iv) {
                if (l1.normalization() == RhommConfig.Normalization.L1 && l1.nodes() == none.nodes()
                        && l1.topology() == none.topology() && l1.bias() == none.bias()) {
                    boolean wider = none.usable() > l1.usable();
                    boolean larger = none.usable() > 0 && (l1.usable() == 0 || none.lrMax() > l1.lrMax());
                    boolean faster = none.fastestEpochs() > 0
                            && (l1.fastestEpochs() < 0 || none.fastestEpochs() < l1.fastestEpochs());
                    boolean lower = !Double.isNaN(none.bestError())
                            && (Double.isNaN(l1.bestError()) || none.bestError() < l1.bestError());
                    out.add(new ClaimCheck(none.nodes(), none.topology(), none.bias(), wider, larger, faster, lower));
                }
            }
        }
        return out;
    }

    public void write(Path dir, SweepConfig c) {
        StringBuilder csv = new StringBuilder(SweepRow.CSV_HEADER).append('\n');
        for (SweepRow r : rows) csv.append(r.csv()).append('\n');
        AtomicFiles.writeString(dir.resolve("sweep.csv"), csv.toString());

        StringBuilder iv = new StringBuilder("nodes,topology,normalization,bias,usable_lrs,lr_min,lr_max,decades,"
                + "best_ec_error,fastest_epochs\n");
        StringBuilder md = new StringBuilder("| N | topology | normalization | bias | usable η (of " + c.learningRates().size()
                + ") | η interval | best EC error (converged) | fewest epochs |\n|---|---|---|---|---|---|---|---|\n");
        for (Interval i : intervals(c.errorThreshold())) {
            iv.append(String.format(Locale.ROOT, "%d,%s,%s,%b,%d,%s,%s,%s,%s,%d%n", i.nodes(), i.topology().label(),
                    norm(i.normalization()), i.bias(), i.usable(), num(i.lrMin()), num(i.lrMax()), num(i.decades()),
                    num(i.bestError()), i.fastestEpochs()));
            md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %d | %s | %s | %s |%n", i.nodes(),
                    i.topology().label(), norm(i.normalization()), i.bias() ? "on" : "off", i.usable(),
                    i.usable() == 0 ? "—" : "[" + num(i.lrMin()) + ", " + num(i.lrMax()) + "]", num(i.bestError()),
                    i.fastestEpochs() < 0 ? "—" : Integer.toString(i.fastestEpochs())));
        }
        AtomicFiles.writeString(dir.resolve("intervals.csv"), iv.toString());
        AtomicFiles.writeString(dir.resolve("intervals.md"), md.toString());

        StringBuilder cl = new StringBuilder("nodes,topology,bias,wider_interval,larger_rates,faster_convergence,"
                + "lower_error,all_four\n");
        for (ClaimCheck k : claim(c.errorThreshold())) {
            cl.append(String.format(Locale.ROOT, "%d,%s,%b,%b,%b,%b,%b,%b%n", k.nodes(), k.topology().label(),
                    k.bias(), k.widerInterval(), k.largerRates(), k.fasterConvergence(), k.lowerError(), k.all()));
        }
        AtomicFiles.writeString(dir.resolve("claim.csv"), cl.toString());

        for (Topology t : c.topologies()) {
            for (boolean b : c.bias()) {
                String tag = t.label() + (b ? "-bias" : "-nobias");
                RhommFigures.sweep(rows, t, b, "EC error", dir.resolve("ec-error-" + tag + ".png"));
                RhommFigures.sweep(rows, t, b, "epochs", dir.resolve("epochs-" + tag + ".png"));
            }
        }
    }

    public Map<String, Object> summary(Path dir) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fits", rows.size());
        m.put("converged", rows.stream().filter(SweepRow::converged).count());
        m.put("seconds", seconds);
        m.put("out", dir.toString());
        return m;
    }

    /** Summary counts of the claim table, for the JSON output. */
    public Map<String, Object> claimSummary(double threshold) {
        List<ClaimCheck> k = claim(threshold);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cases", k.size());
        m.put("wider_interval", k.stream().filter(ClaimCheck::widerInterval).count());
        m.put("larger_rates", k.stream().filter(ClaimCheck::largerRates).count());
        m.put("faster_convergence", k.stream().filter(ClaimCheck::fasterConvergence).count());
        m.put("lower_error", k.stream().filter(ClaimCheck::lowerError).count());
        m.put("all_four", k.stream().filter(ClaimCheck::all).count());
        return m;
    }

    private static String norm(RhommConfig.Normalization n) {
        return n.name().toLowerCase(Locale.ROOT);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4g", v);
    }
}
