package org.momentum4j.tune;

/**
 * One stage of a search: how many trials train in it and to how many epochs in total. A grid or random
 * search has one rung; successive halving has several, fewer trials with more epochs each time.
 *
 * @param index  0 for the first
 * @param trials how many trials the plan puts in it (fewer run when too many of the earlier ones diverged)
 * @param epochs the epochs each trial has trained once the rung is done
 */
public record Rung(int index, int trials, int epochs) {
}
