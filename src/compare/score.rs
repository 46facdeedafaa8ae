//! The three measures of how much more one side uses a term than the other,
//! from the term's count on each side (`a`, `b`) and each side's words
//! (`words_a`, `words_b`):
//!
//! - `z`: the log-odds ratio with an informative Dirichlet prior, divided by
//!   its standard deviation (Monroe, Colaresi and Quinn 2008, "Fightin'
//!   Words", eq. 16–22): `δ = ln((a+α)/(nₐ+α₀−a−α)) − ln((b+α)/(n_b+α₀−b−α))`,
//!   `σ² ≈ 1/(a+α) + 1/(b+α)`, `z = δ/σ`. The prior is the two sides pooled:
//!   `α = a + b` and `α₀ = nₐ + n_b`, so a term both sides use at the same
//!   rate scores 0 and rare terms are shrunk towards that shared rate.
//! - `log_ratio`: Hardie's Log Ratio (2014), the binary log of the ratio of
//!   the relative frequencies, a zero count taken as 0.5: an effect size, 1
//!   meaning twice as often.
//! - `g2`: Dunning's log-likelihood G² for two corpora (Rayson and Garside
//!   2000), `2 Σ O ln(O/E)` over the two cells with `E = n (a+b)/(nₐ+n_b)`;
//!   [`SIGNIFICANT_G2`] is the cut for p < 0.001 with one degree of freedom.

/// G² ≥ 10.83 is significant at p < 0.001 (χ², one degree of freedom). No
/// Bonferroni correction: lists are read as rankings, not as one test per
/// term (correcting for 10,000 terms would need G² ≥ 29.0).
pub const SIGNIFICANT_G2: f64 = 10.83;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    pub z: f64,
    pub log_ratio: f64,
    pub g2: f64,
}

/// The scores of a term seen `a` times in `words_a` words and `b` times in `words_b`.
pub fn score(a: u32, words_a: u64, b: u32, words_b: u64) -> Scores {
    let (a, b) = (f64::from(a), f64::from(b));
    let (words_a, words_b) = (words_a as f64, words_b as f64);
    let prior = a + b;
    let prior_total = words_a + words_b;
    let log_odds = |count: f64, words: f64| ((count + prior) / (words + prior_total - count - prior)).ln();
    let delta = log_odds(a, words_a) - log_odds(b, words_b);
    let variance = 1.0 / (a + prior) + 1.0 / (b + prior);
    let rate = |count: f64, words: f64| if count > 0.0 { count } else { 0.5 } / words;
    let expected = |words: f64| words * (a + b) / prior_total;
    let cell = |observed: f64, expected: f64| if observed > 0.0 { observed * (observed / expected).ln() } else { 0.0 };
    Scores {
        z: delta / variance.sqrt(),
        log_ratio: (rate(a, words_a) / rate(b, words_b)).log2(),
        g2: 2.0 * (cell(a, expected(words_a)) + cell(b, expected(words_b))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A second route to the same numbers: posterior means of the term's
    /// probability and their logits for z, natural logs turned into bits for
    /// Log Ratio, and G² as a sum over a table of observed and expected cells.
    fn naive(a: f64, na: f64, b: f64, nb: f64) -> (f64, f64, f64) {
        let logit = |p: f64| (p / (1.0 - p)).ln();
        let pa = (a + (a + b)) / (na + (na + nb));
        let pb = (b + (a + b)) / (nb + (na + nb));
        let z = (logit(pa) - logit(pb)) / (1.0 / (2.0 * a + b) + 1.0 / (a + 2.0 * b)).sqrt();
        let smoothed = |count: f64| if count == 0.0 { 0.5 } else { count };
        let log_ratio = ((smoothed(a) * nb) / (smoothed(b) * na)).ln() / std::f64::consts::LN_2;
        let share_a = na / (na + nb);
        let cells = [(a, (a + b) * share_a), (b, (a + b) * (1.0 - share_a))];
        let g2 = 2.0 * cells.iter().filter(|(observed, _)| *observed > 0.0).map(|(o, e)| o * (o / e).ln()).sum::<f64>();
        (z, log_ratio, g2)
    }

    #[test]
    fn scores_match_the_formulas_worked_by_hand() {
        // a = 10 in 1,000 words, b = 0 in 1,000: α = 10, α₀ = 2,000.
        // δ = ln(20/2980) − ln(10/2990) = ln(5980/2980); σ² = 1/20 + 1/10.
        let scores = score(10, 1_000, 0, 1_000);
        let delta = (5980.0_f64 / 2980.0).ln();
        assert!((scores.z - delta / 0.15_f64.sqrt()).abs() < 1e-12, "{scores:?}");
        assert!((scores.z - 1.7983).abs() < 1e-4, "{scores:?}");
        // Log Ratio: (10/1000) / (0.5/1000) = 20 → log2 20.
        assert!((scores.log_ratio - 20.0_f64.log2()).abs() < 1e-12);
        // G²: E = 5 on each side; 2 (10 ln 2) = 13.8629.
        assert!((scores.g2 - 20.0 * 2.0_f64.ln()).abs() < 1e-12);
        assert!(scores.g2 >= SIGNIFICANT_G2);
    }

    #[test]
    fn equal_rates_score_zero_and_sides_swap_signs() {
        let even = score(30, 3_000, 10, 1_000);
        assert!(even.z.abs() < 1e-12 && even.log_ratio.abs() < 1e-12 && even.g2.abs() < 1e-12, "{even:?}");
        let forward = score(40, 5_000, 5, 2_000);
        let backward = score(5, 2_000, 40, 5_000);
        assert!((forward.z + backward.z).abs() < 1e-12);
        assert!((forward.log_ratio + backward.log_ratio).abs() < 1e-12);
        assert!((forward.g2 - backward.g2).abs() < 1e-12);
    }

    #[test]
    fn scores_agree_with_a_naive_implementation() {
        let cases =
            [(10, 1_000, 0, 1_000), (3, 500, 7, 20_000), (250, 90_000, 120, 110_000), (1, 10, 0, 10), (0, 800, 9, 700)];
        for (a, na, b, nb) in cases {
            let scores = score(a, na, b, nb);
            let (z, log_ratio, g2) = naive(f64::from(a), na as f64, f64::from(b), nb as f64);
            for (found, expected) in [(scores.z, z), (scores.log_ratio, log_ratio), (scores.g2, g2)] {
                assert!((found - expected).abs() < 1e-9, "{a} {na} {b} {nb}: {scores:?} against {z} {log_ratio} {g2}");
            }
        }
    }
}
