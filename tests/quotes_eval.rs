//! The PolNeAR evaluation (`npm run eval:quotes`) as a regression test: the
//! figures must not fall below what newslens reaches today, minus a small
//! margin. Skips, with a message, when the evaluation data is absent.

#[path = "../examples/eval_quotes/polnear.rs"]
mod polnear;

/// F1 0.935 and speaker accuracy 0.960 when last measured, less 0.01.
const MIN_F1: f64 = 0.925;
const MIN_SPEAKER_ACCURACY: f64 = 0.950;

#[test]
fn polnear_figures_do_not_fall() {
    let dir = polnear::data_dir().join("polnear-dev");
    if !dir.is_dir() {
        eprintln!("skipped: evaluation data {} is absent (set NEWSLENS_DATA)", dir.display());
        return;
    }
    let scores = polnear::evaluate(&dir, &mut |_| {}).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    let summary = format!(
        "{} articles, {} annotated, {} found ({} not scored), {} matched ({} exact): P {:.3} R {:.3} F1 {:.3} \
         (F1 {:.3} without {} unattributed fragments), speakers {}/{} = {:.3}",
        scores.articles,
        scores.gold,
        scores.found,
        scores.ignored,
        scores.true_positives,
        scores.exact,
        scores.precision(),
        scores.recall(),
        scores.f1(),
        scores.attributed_f1(),
        scores.unattributed_fragments,
        scores.named_right,
        scores.named,
        scores.speaker_accuracy()
    );
    eprintln!("{summary}");
    assert_eq!(scores.articles, 84, "{summary}");
    assert!(scores.f1() >= MIN_F1, "F1 fell below {MIN_F1}: {summary}");
    assert!(
        scores.speaker_accuracy() >= MIN_SPEAKER_ACCURACY,
        "speaker accuracy fell below {MIN_SPEAKER_ACCURACY}: {summary}"
    );
}
