#!/usr/bin/env python3
"""Prints the Markdown tables of README.md from the JSON files the run_*.sh scripts wrote (no number is typed by hand)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))

def load(p):
    with open(os.path.join(here, p)) as f:
        return json.load(f)

print("| J | iterations | converged | seconds | m(10) | C(10, 10) | last sup\\|Δm\\| (tol) | last sup\\|ΔC\\| (tol) |")
print("|---|---|---|---|---|---|---|---|")
for j in ("-6", "0", "2"):
    d = load(f"J{j}/solve.json"); r = d["residuals"][-1]
    print(f"| {j} | {d['iterations']} | {d['converged']} | {d['seconds']:.1f} | {d['m_T']:.4f} | {d['C_TT']:.4f} | "
          f"{r['sup_dm']:.4f} ({r['tol_m']:.4f}) | {r['sup_dC']:.4f} ({r['tol_C']:.4f}) |")
print()
print("| damping α (J = −6) | iterations | converged | seconds | m(10) |")
print("|---|---|---|---|---|")
for a in ("1", "0.7", "0.5"):
    p = f"damping/alpha{a}.json"
    if os.path.exists(os.path.join(here, p)):
        d = load(p)
        print(f"| {a} | {d['iterations']} | {d['converged']} | {d['seconds']:.1f} | {d['m_T']:.4f} |")
for j in ("2", "-6", "0"):
    p = f"compare_J{j}/compare.json"
    if not os.path.exists(os.path.join(here, p)):
        continue
    d = load(p)
    print()
    print(f"J = {j}: slope of sup\\|m_N − m\\| = {d['slope_m']:.3f} ± {d['slope_m_stderr']:.3f}, "
          f"of sup\\|C_N − C\\| = {d['slope_C']:.3f} ± {d['slope_C_stderr']:.3f} (least squares on log–log, ± its standard "
          f"error); mean field: {d['mean_field']['iterations']} iterations, {d['mean_field']['seconds']:.1f} s; "
          f"whole command {d['seconds']:.0f} s")
    print()
    print("| N | networks | sup\\|m_N − m\\| ± sem | sup\\|C_N − C\\| ± sem | seconds |")
    print("|---|---|---|---|---|")
    for r in d["distances"]:
        print(f"| {r['N']} | {r['networks']} | {r['sup_dm']:.4f} ± {r['sup_dm_sem']:.4f} | "
              f"{r['sup_dC']:.4f} ± {r['sup_dC_sem']:.4f} | {r['seconds']:.1f} |")
