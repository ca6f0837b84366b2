/**
 * Association statistics shared by every archive backend: the scores of keyness (log-likelihood,
 * log-ratio), collocations (logDice, mutual information) and co-mentions (logDice), computed from
 * plain counts so that each backend only has to count.
 */
package io.verbatim.analysis.stats;
