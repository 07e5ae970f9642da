"""Learned, recall-first candidate stages (issue 7): sentence classifiers trained on every studied set.

- `features`: a sentence of the extractor's own layer as a lemma-level word list (data mentions,
  parties and structure as placeholder words), and the data mentions the stage may claim;
- `dataset`: the pooled, labelled sentence dataset of the studied sets (never a blind set);
- `classifier`: spaCy `textcat_multilabel` (bag of lemma n-grams) built, trained and stored;
- `stage`: the `dealwatch_learned_data_shared` component that adds claims the rules missed;
- `moment_words`, `moment_stage`: the `dealwatch_learned_moment` component, which may replace the moment
  of a rule price claim (`moment_loso` measures it by leaving whole sets out);
- `train`: `python -m models.learned.train` writes the shipped weights;
- `loso`: `python -m models.learned.loso` (also `python -m models.transfer`), leave one set out.
"""
